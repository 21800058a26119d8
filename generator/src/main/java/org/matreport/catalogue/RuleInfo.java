package org.matreport.catalogue;

import java.util.List;
import org.matreport.model.Severity;

/**
 * What the catalogue says of a rule: everything but the check itself. Rules are declared beside their checks, each
 * part by a named step ({@code rules.Rule.declare}), and only that declaration makes one. The rationale and the suggested action are
 * written for a trust board, in the project's own words; the source names the research the rule rests on. A rule is
 * forecast when the engine runs it again at every growth date: every break point is, and a few other rules whose
 * subject grows with the trust.
 */
public record RuleInfo(
        String id,
        String name,
        Severity severity,
        Link link,
        List<Threshold> thresholds,
        String source,
        String rationale,
        String action,
        boolean forecast) {

    public RuleInfo {
        thresholds = List.copyOf(thresholds);
    }

    /** Whether this rule is a break point, shown on the growth timeline. */
    public boolean isBreakPoint() {
        return link == Link.GROWTH;
    }
}
