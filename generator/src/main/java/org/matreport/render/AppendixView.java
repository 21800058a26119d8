package org.matreport.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.catalogue.Thresholds;
import org.matreport.model.Severity;
import org.matreport.model.Trust;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.Finding;
import org.matreport.rules.Rulebook;
import org.matreport.text.Words;

/**
 * The strategy team's pages at the back: data to complete (not resolutions), each finding's rule and places in the
 * files, what the board has acknowledged, the rule catalogue with the severity in force for this trust, the
 * thresholds, and how the pack was made. How much of it a pack carries is its {@link Appendix} mode.
 */
public record AppendixView(
        Appendix mode,
        List<UpkeepRow> upkeep,
        List<ReferenceRow> references,
        List<AcknowledgementRow> acknowledged,
        List<RuleRow> rules,
        List<ThresholdRow> thresholds,
        List<ThresholdRow> changedThresholds,
        List<Row> madeWith) {

    /** Something the trust's files should say and do not, or say out of date. */
    public record UpkeepRow(String what, String action, String where) {}

    /** Where a finding of the pack comes from: its rule, severity and the places in the files it rests on. */
    public record ReferenceRow(String finding, String rule, String severity, String where) {}

    /** A finding the board has accepted: whose it is, why, until when, and whether that date has passed. */
    public record AcknowledgementRow(
            String state, String rule, String finding, String owner, String reason, String until) {}

    /** A rule of the catalogue as this trust runs it. */
    public record RuleRow(
            String id, String name, String link, String severity, String thresholds, String checked, String source) {}

    /** A threshold with the value in force, the catalogue's default and where that default comes from. */
    public record ThresholdRow(String name, String value, String byDefault, String meaning, String basis) {}

    static AppendixView of(Reading reading, List<Row> madeWith) {
        return new AppendixView(
                Appendix.FULL,
                upkeep(reading),
                references(reading),
                acknowledged(reading),
                rules(reading),
                thresholds(reading, false),
                thresholds(reading, true),
                madeWith);
    }

    /** The same appendix, printed as {@code to} asks. */
    AppendixView as(Appendix to) {
        return new AppendixView(to, upkeep, references, acknowledged, rules, thresholds, changedThresholds, madeWith);
    }

    public boolean full() {
        return mode == Appendix.FULL;
    }

    public boolean shown() {
        return mode != Appendix.NONE;
    }

    private static List<UpkeepRow> upkeep(Reading reading) {
        return reading.upkeep().stream()
                .map(g -> {
                    FindingView view = reading.view(g);
                    return new UpkeepRow(view.message(), view.action(), String.join("; ", view.locations()));
                })
                .toList();
    }

    private static List<ReferenceRow> references(Reading reading) {
        return reading.groups().stream()
                .map(g -> {
                    FindingView view = reading.view(g);
                    return new ReferenceRow(
                            view.name() + (view.subjects().isEmpty() ? "" : " (" + view.subjects() + ")"),
                            view.rule(),
                            view.severity(),
                            String.join("; ", view.locations()));
                })
                .toList();
    }

    static List<AcknowledgementRow> acknowledged(Reading reading) {
        return reading.result().findings().stream()
                .filter(f -> f.status() != AcknowledgementStatus.NONE)
                .sorted(Comparator.comparing((Finding f) -> f.status() != AcknowledgementStatus.EXPIRED)
                        .thenComparing(f -> f.acknowledgement().until())
                        .thenComparing(Finding.ORDER))
                .map(f -> new AcknowledgementRow(
                        f.status() == AcknowledgementStatus.EXPIRED ? "lapsed" : "in date",
                        f.ruleId(),
                        FindingView.sentence(f.message()),
                        f.acknowledgement().owner(),
                        f.acknowledgement().reason(),
                        Words.date(f.acknowledgement().until())))
                .toList();
    }

    /**
     * Each rule with the severity it has for this trust: the trust's own override, and for a rule whose severity
     * depends on the data (a missing new-school policy is an error once schools are expected to join) the severity its
     * findings carry, so that the catalogue never contradicts a finding above it.
     */
    private static List<RuleRow> rules(Reading reading) {
        Trust trust = reading.trust();
        Map<String, Severity> overrides =
                trust.settings() == null ? Map.of() : trust.settings().severity();
        List<String> disabled =
                reading.result().disabled().stream().map(RuleInfo::id).toList();
        List<RuleRow> rows = new ArrayList<>();
        for (RuleInfo rule : Rulebook.catalogue()) {
            Set<Severity> found = reading.result().findings().stream()
                    .filter(f -> f.ruleId().equals(rule.id()))
                    .map(Finding::severity)
                    .collect(Collectors.toCollection(TreeSet::new));
            String inForce = found.isEmpty()
                    ? overrides.getOrDefault(rule.id(), rule.severity()).label()
                    : Words.and(found.stream().map(Severity::label).toList());
            boolean changed = !found.isEmpty()
                    ? !found.equals(Set.of(rule.severity()))
                    : overrides.getOrDefault(rule.id(), rule.severity()) != rule.severity();
            String thresholds = rule.thresholds().isEmpty()
                    ? "none"
                    : rule.thresholds().stream()
                            .map(t -> t.key() + " = "
                                    + Thresholds.format(
                                            reading.result().thresholds().get(t)))
                            .collect(Collectors.joining(", "));
            rows.add(new RuleRow(
                    rule.id(),
                    Words.ruleName(rule.name()),
                    rule.link().title(),
                    changed ? inForce + " (default " + rule.severity().label() + ")" : inForce,
                    thresholds,
                    disabled.contains(rule.id()) ? "disabled" : "checked",
                    rule.source()));
        }
        return List.copyOf(rows);
    }

    private static List<ThresholdRow> thresholds(Reading reading, boolean changedOnly) {
        List<ThresholdRow> rows = new ArrayList<>();
        for (Threshold t : Threshold.values()) {
            double value = reading.result().thresholds().getOrDefault(t, t.defaultValue());
            if (changedOnly && value == t.defaultValue()) {
                continue;
            }
            rows.add(new ThresholdRow(
                    t.key(),
                    Thresholds.format(value) + (value == t.defaultValue() ? "" : " (the trust's own)"),
                    Thresholds.format(t.defaultValue()),
                    t.meaning(),
                    t.basisText()));
        }
        return List.copyOf(rows);
    }
}
