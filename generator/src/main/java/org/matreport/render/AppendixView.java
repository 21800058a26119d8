package org.matreport.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.matreport.catalogue.RuleCatalogue;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.catalogue.Thresholds;
import org.matreport.model.Severity;
import org.matreport.model.Trust;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.text.Words;

/**
 * The reference pages: what the board has acknowledged (lapsed acknowledgements first, as they need a decision), the
 * rule catalogue with the severities and thresholds in force for this trust, and how the pack was made.
 */
public record AppendixView(
        List<AcknowledgementRow> acknowledged, List<RuleRow> rules, List<ThresholdRow> thresholds, List<Row> madeWith) {

    /** A finding the board has accepted: whose it is, why, until when, and whether that date has passed. */
    public record AcknowledgementRow(
            String state, String rule, String finding, String owner, String reason, String until) {}

    /** A rule of the catalogue as this trust runs it. */
    public record RuleRow(
            String id, String name, String link, String severity, String thresholds, String checked, String source) {}

    /** A threshold with the value in force, the catalogue's default and where that default comes from. */
    public record ThresholdRow(String name, String value, String byDefault, String meaning, String basis) {}

    static AppendixView of(Trust trust, CheckResult result, List<Row> madeWith) {
        return new AppendixView(acknowledged(result), rules(trust, result), thresholds(result), madeWith);
    }

    static List<AcknowledgementRow> acknowledged(CheckResult result) {
        return result.findings().stream()
                .filter(f -> f.status() != AcknowledgementStatus.NONE)
                .sorted(Comparator.comparing((Finding f) -> f.status() != AcknowledgementStatus.EXPIRED)
                        .thenComparing(f -> f.acknowledgement().until())
                        .thenComparing(Finding.ORDER))
                .map(f -> new AcknowledgementRow(
                        f.status() == AcknowledgementStatus.EXPIRED ? "expired" : "in date",
                        f.ruleId(),
                        FindingView.of(f).message(),
                        f.acknowledgement().owner(),
                        f.acknowledgement().reason(),
                        Words.date(f.acknowledgement().until())))
                .toList();
    }

    private static List<RuleRow> rules(Trust trust, CheckResult result) {
        Map<String, Severity> overrides =
                trust.settings() == null ? Map.of() : trust.settings().severity();
        List<String> disabled = result.disabled().stream().map(RuleInfo::id).toList();
        List<RuleRow> rows = new ArrayList<>();
        for (RuleInfo rule : RuleCatalogue.rules()) {
            Severity severity = overrides.getOrDefault(rule.id(), rule.severity());
            String inForce = severity == rule.severity()
                    ? severity.label()
                    : severity.label() + " (default " + rule.severity().label() + ")";
            String thresholds = rule.thresholds().isEmpty()
                    ? "none"
                    : rule.thresholds().stream()
                            .map(name -> name + " = "
                                    + Thresholds.format(result.thresholds().get(name)))
                            .collect(Collectors.joining(", "));
            rows.add(new RuleRow(
                    rule.id(),
                    Words.ruleName(rule.name()),
                    rule.link().title(),
                    inForce,
                    thresholds,
                    disabled.contains(rule.id()) ? "disabled" : "checked",
                    rule.source()));
        }
        return List.copyOf(rows);
    }

    private static List<ThresholdRow> thresholds(CheckResult result) {
        List<ThresholdRow> rows = new ArrayList<>();
        for (Threshold t : RuleCatalogue.thresholds()) {
            double value = result.thresholds().getOrDefault(t.name(), t.defaultValue());
            rows.add(new ThresholdRow(
                    t.name(),
                    Thresholds.format(value) + (value == t.defaultValue() ? "" : " (the trust's own)"),
                    Thresholds.format(t.defaultValue()),
                    t.meaning(),
                    t.basisText()));
        }
        return List.copyOf(rows);
    }
}
