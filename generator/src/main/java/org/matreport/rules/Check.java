package org.matreport.rules;

import java.util.List;

/** The test a rule applies: a read-only function from a prepared trust to what it found (empty when it holds). */
@FunctionalInterface
public interface Check {

    List<Breach> apply(RuleContext trust);
}
