package org.matreport.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.model.Severity;

/**
 * Everything the coherence check found, sorted, with the rules the trust disabled, the thresholds in force and the
 * date acknowledgements were judged against. Deciding whether to fail is a separate step ({@link #fails}).
 */
public record CheckResult(
        List<Finding> findings, List<RuleInfo> disabled, Map<Threshold, Double> thresholds, LocalDate referenceDate) {

    public CheckResult {
        findings = findings.stream().sorted().toList();
        disabled = List.copyOf(disabled);
        Map<Threshold, Double> inOrder = new EnumMap<>(Threshold.class);
        inOrder.putAll(thresholds);
        thresholds = Collections.unmodifiableMap(inOrder);
    }

    /** Findings that count (not acknowledged, or acknowledged but expired), by severity; every severity present. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.stream().filter(Finding::counts).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    public int count(Severity severity) {
        return counts().get(severity);
    }

    /** Findings the board has acknowledged and whose acknowledgement is still in date. */
    public int acknowledgedCount() {
        return (int) findings.stream().filter(f -> !f.counts()).count();
    }

    /** Whether a counted finding is at or above the level. */
    public boolean fails(FailOn level) {
        return findings.stream().anyMatch(f -> f.counts() && level.reachedBy(f.severity()));
    }

    public List<Finding> now() {
        return findings.stream().filter(f -> f.when().isNow()).toList();
    }

    /** Break points that first hold at a growth date, in date order. */
    public List<Finding> ahead() {
        return findings.stream()
                .filter(f -> !f.when().isNow())
                .sorted(java.util.Comparator.comparing((Finding f) -> f.when().date())
                        .thenComparing(Finding.ORDER))
                .toList();
    }
}
