package org.matreport.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A finding read back from the findings JSON keeps its timing and acknowledgement, as the README documents them. */
class FindingStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aForecastAcknowledgedAndExpiredReadsBack() throws Exception {
        JsonNode node = JSON.readTree("""
                {"rule": "BRK-502", "name": "board-represents-every-school", "severity": "warning",
                 "when": "2027-09-01", "message": "m", "subject": null,
                 "acknowledgement": {"owner": "Chair", "reason": "r", "until": "2026-01-01", "expired": true}}
                """);
        FindingState state = FindingState.of(node);
        assertEquals("ahead 2027-09-01", state.when());
        assertTrue(state.expired());
        assertFalse(state.acknowledged());
        assertNull(state.subject());
    }

    @Test
    void aCurrentFindingInDateAndOneNotAcknowledged() throws Exception {
        FindingState acknowledged = FindingState.of(JSON.readTree("""
                {"rule": "BRK-503", "when": "now", "subject": "audit-risk",
                 "acknowledgement": {"owner": "Chair", "reason": "r", "until": "2027-03-31", "expired": false}}
                """));
        assertEquals("now", acknowledged.when());
        assertTrue(acknowledged.acknowledged());
        assertEquals("audit-risk", acknowledged.subject());

        FindingState plain =
                FindingState.of(JSON.readTree("{\"rule\": \"VIS-101\", \"when\": \"now\", \"acknowledgement\": null}"));
        assertFalse(plain.acknowledged());
        assertFalse(plain.expired());
    }
}
