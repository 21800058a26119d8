package org.matreport.rules;

import java.util.List;
import org.matreport.catalogue.RuleInfo;

/** A catalogue entry and its check. */
public record Rule(RuleInfo info, Check check) {

    public String id() {
        return info.id();
    }

    /** Runs the check on the trust as this rule may see it: with only the thresholds it declares. */
    public List<Breach> apply(RuleContext trust) {
        return check.apply(trust.forRule(info));
    }
}
