package org.matreport.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.catalogue.Thresholds;
import org.matreport.model.Settings;
import org.matreport.model.Severity;
import org.matreport.rules.Rulebook;
import org.matreport.text.MarkdownEscaper;

/**
 * The rule catalogue as one trust sees it: each rule with the severity in force after the trust's settings, whether
 * the trust has switched it off, and every threshold with the value in force. Without settings it is the catalogue's
 * defaults. Written as text, JSON or Markdown, in catalogue order so that the output is stable.
 */
public final class CatalogueReport {

    /** A rule as it applies to the trust. */
    public record Entry(RuleInfo rule, Severity severity, boolean disabled) {}

    private final List<Entry> entries;
    private final Map<Threshold, Double> thresholds;

    private CatalogueReport(List<Entry> entries, Map<Threshold, Double> thresholds) {
        this.entries = entries;
        this.thresholds = thresholds;
    }

    /** @param settings the trust's settings, or {@code null} for the catalogue's defaults */
    public static CatalogueReport of(Settings settings) {
        Map<String, Severity> severity = settings == null ? Map.of() : settings.severity();
        Set<String> disabled = settings == null ? Set.of() : Set.copyOf(settings.disabled());
        List<Entry> entries = Rulebook.catalogue().stream()
                .map(rule -> new Entry(
                        rule, severity.getOrDefault(rule.id(), rule.severity()), disabled.contains(rule.id())))
                .toList();
        return new CatalogueReport(entries, Thresholds.inForce(settings).asMap());
    }

    public List<Entry> entries() {
        return entries;
    }

    public Map<Threshold, Double> thresholds() {
        return thresholds;
    }

    /** One block a rule: its heading line, then why, what to do, its thresholds and its source, indented. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            RuleInfo rule = entry.rule();
            out.append(rule.id())
                    .append(' ')
                    .append(rule.name())
                    .append(" (")
                    .append(entry.severity().label())
                    .append(", ")
                    .append(rule.link().code())
                    .append(')')
                    .append(entry.disabled() ? " [disabled]" : "")
                    .append('\n');
            out.append("    why: ").append(rule.rationale()).append('\n');
            out.append("    do: ").append(rule.action()).append('\n');
            if (!rule.thresholds().isEmpty()) {
                out.append("    thresholds: ").append(thresholdsOf(rule)).append('\n');
            }
            out.append("    source: ").append(rule.source()).append("\n\n");
        }
        out.append("Thresholds in force:\n");
        for (Threshold threshold : Threshold.values()) {
            out.append("    ")
                    .append(threshold.key())
                    .append(" = ")
                    .append(Thresholds.format(thresholds.get(threshold)))
                    .append(" (")
                    .append(threshold.meaning())
                    .append("; basis: ")
                    .append(threshold.basisText())
                    .append(")\n");
        }
        return out.toString();
    }

    public String json() {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("schema", JsonReport.SCHEMA);
        ArrayNode rules = root.putArray("rules");
        for (Entry entry : entries) {
            RuleInfo rule = entry.rule();
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", rule.name());
            node.put("severity", entry.severity().label());
            node.put("defaultSeverity", rule.severity().label());
            node.put("disabled", entry.disabled());
            node.put("link", rule.link().code());
            ArrayNode names = node.putArray("thresholds");
            rule.thresholds().forEach(t -> names.add(t.key()));
            node.put("rationale", rule.rationale());
            node.put("action", rule.action());
            node.put("source", rule.source());
        }
        ObjectNode values = root.putObject("thresholds");
        thresholds.forEach((t, value) -> values.put(t.key(), value));
        // Added beside the plain values, which keep their shape for the tools that read them.
        ObjectNode bases = root.putObject("thresholdBasis");
        for (Threshold threshold : Threshold.values()) {
            ObjectNode basis = bases.putObject(threshold.key());
            basis.put("default", threshold.defaultValue());
            basis.put("basis", threshold.basis().label());
            basis.put("grounds", threshold.grounds());
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two GitHub tables: the rules, then the thresholds. */
    public String markdown() {
        StringBuilder out = new StringBuilder("## Rules\n\n")
                .append("| Rule | Name | Severity | Link | Thresholds | What to do | Source |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            RuleInfo rule = entry.rule();
            out.append("| ")
                    .append(rule.id())
                    .append(" | ")
                    .append(rule.name())
                    .append(" | ")
                    .append(entry.severity().label())
                    .append(entry.disabled() ? " (disabled)" : "")
                    .append(" | ")
                    .append(MarkdownEscaper.escape(rule.link().code()))
                    .append(" | ")
                    .append(rule.thresholds().isEmpty() ? "–" : thresholdsOf(rule))
                    .append(" | ")
                    .append(MarkdownEscaper.escape(rule.action()))
                    .append(" | ")
                    .append(MarkdownEscaper.escape(rule.source()))
                    .append(" |\n");
        }
        out.append("\n## Thresholds in force\n\n")
                .append("| Threshold | Value | Meaning | Basis |\n")
                .append("|---|---|---|---|\n");
        for (Threshold threshold : Threshold.values()) {
            out.append("| ")
                    .append(threshold.key())
                    .append(" | ")
                    .append(Thresholds.format(thresholds.get(threshold)))
                    .append(" | ")
                    .append(MarkdownEscaper.escape(threshold.meaning()))
                    .append(" | ")
                    .append(MarkdownEscaper.escape(threshold.basisText()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private String thresholdsOf(RuleInfo rule) {
        return String.join(
                ", ",
                rule.thresholds().stream()
                        .map(t -> t.key() + " = " + Thresholds.format(thresholds.get(t)))
                        .toList());
    }
}
