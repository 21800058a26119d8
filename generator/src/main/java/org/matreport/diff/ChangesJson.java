package org.matreport.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Changes as JSON for other tools, in a fixed field order so that two runs write the same bytes. */
public final class ChangesJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Changes changes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("since", changes.since());
        ArrayNode notes = root.putArray("notes");
        changes.notes().forEach(notes::add);
        ObjectNode findings = root.putObject("findings");
        findings.put("compared", changes.findingsCompared());
        for (FindingChange.Kind kind : FindingChange.Kind.values()) {
            ArrayNode list = findings.putArray(kind.key());
            for (FindingChange change : changes.findings(kind)) {
                ObjectNode node = list.addObject();
                node.put("rule", change.rule());
                node.put("finding", change.finding());
                node.put("before", change.before());
                node.put("after", change.after());
            }
        }
        ObjectNode data = root.putObject("data");
        data.put("compared", changes.dataCompared());
        ArrayNode list = data.putArray("changes");
        for (DataChange change : changes.data()) {
            ObjectNode node = list.addObject();
            node.put("topic", change.topic());
            node.put("subject", change.subject());
            node.put("before", change.before());
            node.put("after", change.after());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
