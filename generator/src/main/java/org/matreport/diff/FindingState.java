package org.matreport.diff;

import com.fasterxml.jackson.databind.JsonNode;
import org.matreport.rules.Finding;

/**
 * What a pack said about one finding, reduced to what can be compared across revisions: read either from a finding
 * the check found now or from a findings file an earlier run wrote.
 */
record FindingState(
        String rule, String name, String subject, String when, String severity, String status, String message) {

    static FindingState of(Finding finding) {
        return new FindingState(
                finding.ruleId(),
                finding.ruleName(),
                finding.subject(),
                finding.when().isNow() ? "now" : "ahead " + finding.when().date(),
                finding.severity().label(),
                finding.status().label(),
                finding.message());
    }

    /** One entry of the {@code findings} array that {@code check --format json} writes. */
    static FindingState of(JsonNode node) {
        String when = node.path("when").asText("now");
        String timing = when.equals("now") ? "now" : "ahead " + when;
        JsonNode subject = node.path("subject");
        JsonNode acknowledgement = node.path("acknowledgement");
        String status = !acknowledgement.isObject()
                ? "none"
                : acknowledgement.path("expired").asBoolean(false) ? "expired" : "acknowledged";
        return new FindingState(
                node.path("rule").asText(""),
                node.path("name").asText(""),
                subject.isTextual() ? subject.asText() : null,
                timing,
                node.path("severity").asText(""),
                status,
                node.path("message").asText(""));
    }

    /**
     * Which finding this is, whatever its severity or acknowledgement: the rule, what it concerns, and whether it
     * holds now or ahead (a forecast keeps its identity when its growth date moves).
     */
    String identity() {
        return rule + "|" + (subject == null ? "" : subject) + "|" + (when.equals("now") ? "now" : "ahead");
    }

    boolean acknowledged() {
        return status.equals("acknowledged");
    }

    boolean expired() {
        return status.equals("expired");
    }

    /** {@code warning BRK-503 board-skills-gap: message [ahead 2027-09-01]}. */
    String describe() {
        return severity + " " + rule + " " + name + ": " + message + (when.equals("now") ? "" : " [" + when + "]");
    }
}
