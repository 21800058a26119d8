package org.matreport.catalogue;

import java.util.List;
import org.matreport.model.Severity;

/**
 * What the catalogue says of a rule: everything but the check itself. The rationale and the suggested action are
 * written for a trust board, in the project's own words; the source names the research the rule rests on.
 */
public record RuleInfo(
        String id,
        String name,
        Severity severity,
        Link link,
        List<String> thresholds,
        String source,
        String rationale,
        String action) {

    public RuleInfo {
        thresholds = List.copyOf(thresholds);
    }

    /** Whether this rule is a break point that is also forecast on the growth plan. */
    public boolean isBreakPoint() {
        return link == Link.GROWTH;
    }
}
