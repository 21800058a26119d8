package org.matreport.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matreport.catalogue.RuleInfo;
import org.matreport.model.Severity;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.Finding;

/**
 * The findings of one rule that a board reads as one: same rule, same severity, same standing with the board. Machines
 * want one result per school or area (JSON, SARIF keep them apart); people want one finding that names them all.
 */
record FindingGroup(RuleInfo rule, Severity severity, AcknowledgementStatus status, List<Finding> findings) {

    FindingGroup {
        findings = List.copyOf(findings);
    }

    /** The groups of {@code findings}, in the order of each group's first finding under {@link Finding#ORDER}. */
    static List<FindingGroup> of(List<Finding> findings) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        findings.stream().sorted(Finding.ORDER).forEach(f -> byKey.computeIfAbsent(
                        f.ruleId() + "|" + f.severity() + "|" + f.status(), k -> new ArrayList<>())
                .add(f));
        List<FindingGroup> groups = new ArrayList<>();
        for (List<Finding> members : byKey.values()) {
            members.sort(Comparator.comparing((Finding f) ->
                            f.when().isNow() ? LocalDate.MIN : f.when().date())
                    .thenComparing(Finding.ORDER));
            Finding first = members.get(0);
            groups.add(new FindingGroup(first.rule(), first.severity(), first.status(), members));
        }
        return List.copyOf(groups);
    }

    Finding first() {
        return findings.get(0);
    }

    String ruleId() {
        return rule.id();
    }

    /** Whether the group counts against the strategy: everything but findings acknowledged and in date. */
    boolean counts() {
        return status != AcknowledgementStatus.ACKNOWLEDGED;
    }

    /** Whether any member holds now. */
    boolean holdsNow() {
        return findings.stream().anyMatch(f -> f.when().isNow());
    }

    /** The first growth date on which a member holds, or {@code null} when every member holds now. */
    LocalDate firstDateAhead() {
        return findings.stream()
                .filter(f -> !f.when().isNow())
                .map(f -> f.when().date())
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The date from which the group first holds: {@code null} for now, else its first growth date. */
    LocalDate from() {
        return holdsNow() ? null : firstDateAhead();
    }

    /**
     * The joining schools that bring the group's forecast members, each once, in the order they join. A finding about a
     * joining school itself (a high performer joining) is brought by that school alone, not by every school that joins
     * on the same day; a finding about the trust as a whole (its size) by all of them.
     */
    List<String> joining(Subjects subjects) {
        return findings.stream()
                .flatMap(f -> {
                    String subject = subjects.name(f.subject());
                    return subject != null && f.when().joining().contains(subject)
                            ? java.util.stream.Stream.of(subject)
                            : f.when().joining().stream();
                })
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
