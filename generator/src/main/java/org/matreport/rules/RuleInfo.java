package org.matreport.rules;

import java.util.List;
import org.matreport.model.Severity;

/** What the catalogue says of a rule: everything but the check itself. */
public record RuleInfo(
        String id, String name, Severity severity, Link link, List<String> thresholds, String source) {

    public RuleInfo {
        thresholds = List.copyOf(thresholds);
    }
}
