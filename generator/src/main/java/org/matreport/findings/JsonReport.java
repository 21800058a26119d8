package org.matreport.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.matreport.catalogue.RuleInfo;
import org.matreport.model.Severity;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.rules.Place;

/**
 * Findings as JSON for other tools. Field order is fixed by construction and findings keep the result's order, so two
 * runs on the same trust write the same bytes.
 */
public final class JsonReport {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The schema the findings were checked against, written so that readers can tell old files from new. */
    public static final String SCHEMA = "matreport/v1";

    /**
     * @param trust the trust's name
     * @param generated the date the check was run for (the date of generation, not a clock time, so that the same
     *     files on the same day give the same bytes)
     */
    public String write(CheckResult result, String trust, LocalDate generated) {
        try {
            return MAPPER.writeValueAsString(toJson(result, trust, generated)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toJson(CheckResult result, String trust, LocalDate generated) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("trust", trust);
        root.put("schema", SCHEMA);
        root.put("generated", generated.toString());
        root.put("referenceDate", result.referenceDate().toString());
        ObjectNode summary = root.putObject("summary");
        for (Severity severity : Severity.values()) {
            summary.put(severity.label(), result.count(severity));
        }
        summary.put("acknowledged", result.acknowledgedCount());
        ArrayNode disabled = root.putArray("disabled");
        result.disabled().forEach(r -> disabled.add(r.id()));
        ObjectNode thresholds = root.putObject("thresholds");
        result.thresholds().forEach((t, value) -> thresholds.put(t.key(), value));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f)));
        return root;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        RuleInfo rule = f.rule();
        node.put("rule", rule.id());
        node.put("name", rule.name());
        node.put("severity", f.severity().label());
        node.put("link", rule.link().code());
        node.put("when", f.when().isNow() ? "now" : f.when().date().toString());
        node.put("message", f.message());
        if (f.subject() == null) {
            node.putNull("subject");
        } else {
            node.put("subject", f.subject());
        }
        ArrayNode locations = node.putArray("locations");
        for (Place place : f.places()) {
            ObjectNode at = locations.addObject();
            at.put("file", place.location().file());
            at.put("line", place.location().line());
            at.put("column", place.location().column());
            at.put("path", place.path());
        }
        if (f.status() == AcknowledgementStatus.NONE) {
            node.putNull("acknowledgement");
        } else {
            ObjectNode ack = node.putObject("acknowledgement");
            ack.put("owner", f.acknowledgement().owner());
            ack.put("reason", f.acknowledgement().reason());
            ack.put("until", f.acknowledgement().until().toString());
            ack.put("expired", f.status() == AcknowledgementStatus.EXPIRED);
        }
        ArrayNode bringers = node.putArray("bringers");
        f.when().joining().forEach(bringers::add);
        node.put("counts", f.counts());
        node.put("rationale", rule.rationale());
        node.put("action", rule.action());
        node.put("source", rule.source());
        return node;
    }
}
