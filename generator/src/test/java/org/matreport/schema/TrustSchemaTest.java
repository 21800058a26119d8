package org.matreport.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matreport.load.FieldShape;
import org.matreport.load.ModelShapes;
import org.matreport.load.RecordShape;
import org.matreport.load.ValueKind;

/** The generated schema covers the whole model, and the jar ships the schema the model generates today. */
class TrustSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void parse() throws Exception {
        schema = new ObjectMapper().readTree(TrustSchema.generate());
    }

    @Test
    void theShippedSchemaIsTheGeneratedOne() {
        assertEquals(TrustSchema.generate(), TrustSchema.shipped());
    }

    /** Editors read the example's copy through the yaml-language-server comment; it must not fall behind. */
    @Test
    void theExampleTrustCarriesTheCurrentSchema() throws Exception {
        Path copy = Path.of("..", "example-trust", "trust.schema.json");
        assertEquals(
                TrustSchema.generate(),
                Files.readString(copy),
                copy
                        + " is out of date; run: java -jar cli/target/matreport.jar schema -o example-trust/trust.schema.json");
    }

    @Test
    void itIsADraft2020SchemaForAnyFileOfTheFolder() {
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                schema.get("$schema").asText());
        assertFalse(schema.has("required"), "a file may hold any subset of the sections");
        assertFalse(schema.get("additionalProperties").asBoolean());
        assertEquals("matreport/v1", schema.at("/properties/schema/const").asText());
        assertTrue(schema.get("description")
                .asText()
                .contains("schema, trust, vision, strategy, operatingModel, " + "schools"));
    }

    @Test
    void everyRecordIsDefinedWithItsKeysRequiredFieldsAndDocs() {
        for (RecordShape shape : reachableRecords()) {
            JsonNode definition = schema.at("/$defs/" + shape.type().getSimpleName());
            assertTrue(definition.isObject(), "defined: " + shape.type().getSimpleName());
            assertFalse(definition.get("additionalProperties").asBoolean());
            List<String> required = new ArrayList<>();
            definition.path("required").forEach(r -> required.add(r.asText()));
            for (FieldShape field : shape.fields()) {
                JsonNode property = definition.at("/properties/" + field.key());
                assertTrue(property.isObject(), shape.type().getSimpleName() + "." + field.key());
                assertEquals(field.doc(), property.path("description").asText());
                assertEquals(field.required(), required.contains(field.key()), field.key());
            }
        }
    }

    @Test
    void everyEnumOffersExactlyItsLabels() {
        String text = TrustSchema.generate();
        for (RecordShape shape : reachableRecords()) {
            for (FieldShape field : shape.fields()) {
                ValueKind kind = field.kind() instanceof ValueKind.ListOf list ? list.item() : field.kind();
                if (kind instanceof ValueKind.Choice choice) {
                    JsonNode property =
                            schema.at("/$defs/" + shape.type().getSimpleName() + "/properties/" + field.key());
                    JsonNode values = field.kind() instanceof ValueKind.ListOf
                            ? property.at("/items/enum")
                            : property.get("enum");
                    List<String> labels = new ArrayList<>();
                    // An optional field may also be left empty, which the schema allows as null.
                    values.forEach(v -> {
                        if (!v.isNull()) {
                            labels.add(v.asText());
                        }
                    });
                    assertEquals(choice.labels(), labels, field.key());
                }
                if (kind instanceof ValueKind.LabelledMap map) {
                    map.keys().forEach(k -> assertTrue(text.contains("\"" + k + "\""), k));
                }
            }
        }
    }

    @Test
    void constraintsFromTheModelAppear() {
        assertEquals(
                "^([a-z0-9]+(-[a-z0-9]+)*)$",
                schema.at("/$defs/Group/properties/id/pattern").asText());
        assertEquals(0, schema.at("/$defs/School/properties/pupils/minimum").asInt());
        assertEquals(10000, schema.at("/$defs/School/properties/pupils/maximum").asInt());
        assertEquals("date", schema.at("/$defs/School/properties/joined/format").asText());
        assertEquals(
                "^[0-9]{4}/[0-9]{2}$",
                schema.at("/$defs/Profile/properties/period/pattern").asText());
        assertEquals(100000, schema.at("/$defs/School/properties/urn/minimum").asInt());
        assertEquals(
                "#/$defs/AreaPlan",
                schema.at("/$defs/Alignment/properties/areas/properties/teacherDevelopment/$ref")
                        .asText());
        assertTrue(schema.at("/$defs/Settings/properties/thresholds/properties/oversightSchools")
                .isObject());
        List<String> ruleIds = new ArrayList<>();
        schema.at("/$defs/Acknowledgement/properties/rule/enum").forEach(n -> ruleIds.add(n.asText()));
        assertTrue(ruleIds.contains("BRK-503"), "rule ids come from the catalogue");
    }

    /** Every record under the trust (the trust itself is the schema's root, not a definition). */
    private static Set<RecordShape> reachableRecords() {
        Set<RecordShape> found = new HashSet<>();
        List<RecordShape> pending = new ArrayList<>();
        ModelShapes.trust().fields().forEach(f -> records(f.kind(), pending));
        while (!pending.isEmpty()) {
            RecordShape shape = pending.remove(pending.size() - 1);
            if (found.add(shape)) {
                shape.fields().forEach(f -> records(f.kind(), pending));
            }
        }
        assertTrue(found.size() >= 20, "the model's records are reached");
        return found;
    }

    private static void records(ValueKind kind, List<RecordShape> into) {
        if (kind instanceof ValueKind.Section s) {
            into.add(s.shape());
        } else if (kind instanceof ValueKind.ListOf l) {
            records(l.item(), into);
        } else if (kind instanceof ValueKind.LabelledMap m) {
            records(m.value(), into);
        } else if (kind instanceof ValueKind.NamedMap m) {
            records(m.value(), into);
        }
    }
}
