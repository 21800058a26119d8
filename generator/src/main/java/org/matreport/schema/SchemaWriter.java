package org.matreport.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.load.FieldShape;
import org.matreport.load.ModelShapes;
import org.matreport.load.RecordShape;
import org.matreport.load.ValueKind;
import org.matreport.model.Acknowledgement;
import org.matreport.model.Settings;
import org.matreport.rules.Rulebook;

/**
 * Writes the JSON Schema (draft 2020-12) from the same {@link ModelShapes} the loader binds by, so that what an editor
 * accepts and what the loader accepts come from one description. Each record becomes a {@code $defs} entry.
 */
final class SchemaWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    ObjectNode write() {
        RecordShape trust = ModelShapes.trust();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "matreport trust file, schema v1");
        root.put(
                "description",
                "One YAML file of a trust folder. A trust may keep all its sections in trust.yaml or "
                        + "spread them over several files beside it (such as schools.yaml), each section in one file only. "
                        + "So no section is required by this schema, which checks one file at a time; across the folder, "
                        + "matreport requires " + String.join(", ", requiredKeys(trust)) + ".");
        root.put("type", "object");
        root.set("properties", properties(trust));
        root.put("additionalProperties", false);
        root.set("$defs", JSON.objectNode().setAll(definitions));
        return root;
    }

    private static List<String> requiredKeys(RecordShape shape) {
        return shape.fields().stream()
                .filter(FieldShape::required)
                .map(FieldShape::key)
                .toList();
    }

    private ObjectNode properties(RecordShape shape) {
        ObjectNode properties = JSON.objectNode();
        for (FieldShape field : shape.fields()) {
            ObjectNode property = field(shape, field);
            if (!field.doc().isEmpty()) {
                property.put("description", field.doc());
            }
            properties.set(field.key(), property);
        }
        return properties;
    }

    private ObjectNode field(RecordShape owner, FieldShape field) {
        if (owner.type() == org.matreport.model.Trust.class && field.key().equals("schema")) {
            return JSON.objectNode().put("const", "matreport/v1");
        }
        ObjectNode schema = kind(field.kind());
        field.pattern().ifPresent(p -> {
            // Text with a form to keep must be a string: the loader asks for quotes around a value YAML reads as
            // a number or a truth value, as the editor does.
            schema.put("type", "string");
            schema.put("pattern", "^(" + p.value() + ")$");
        });
        field.range().ifPresent(r -> {
            if (!Double.isInfinite(r.min())) {
                schema.set("minimum", whole(r.min()));
            }
            if (!Double.isInfinite(r.max())) {
                schema.set("maximum", whole(r.max()));
            }
        });
        catalogueNames(owner, field, schema);
        return field.required() ? schema : orNothing(schema);
    }

    /**
     * The loader reads an optional field written with no value ({@code mission:} or {@code mission: ~}) as absent, so
     * the schema accepts null there too; a required field with no value is a mistake to both.
     */
    private static ObjectNode orNothing(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode either = JSON.objectNode();
            either.set(
                    "anyOf", JSON.arrayNode().add(schema).add(JSON.objectNode().put("type", "null")));
            return either;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema;
        }
        ArrayNode types = type.isArray() ? (ArrayNode) type : JSON.arrayNode().add(type.asText());
        types.add("null");
        schema.set("type", types);
        if (schema.get("enum") instanceof ArrayNode values) {
            values.addNull();
        }
        return schema;
    }

    /** Rule ids and threshold names come from the rule catalogue, so editors can offer them as the user types. */
    private static void catalogueNames(RecordShape owner, FieldShape field, ObjectNode schema) {
        ArrayNode ruleIds = JSON.arrayNode();
        Rulebook.catalogue().stream().map(RuleInfo::id).forEach(ruleIds::add);
        if (owner.type() == Acknowledgement.class && field.key().equals("rule")) {
            schema.set("enum", ruleIds);
        } else if (owner.type() == Settings.class && field.key().equals("severity")) {
            schema.set("propertyNames", JSON.objectNode().set("enum", ruleIds));
        } else if (owner.type() == Settings.class && field.key().equals("disabled")) {
            ((ObjectNode) schema.get("items")).set("enum", ruleIds);
        } else if (owner.type() == Settings.class && field.key().equals("thresholds")) {
            ObjectNode named = JSON.objectNode();
            for (Threshold t : Threshold.values()) {
                named.set(
                        t.key(),
                        JSON.objectNode()
                                .put("type", "number")
                                .put(
                                        "description",
                                        Character.toUpperCase(t.meaning().charAt(0))
                                                + t.meaning().substring(1) + " (default "
                                                + whole(t.defaultValue()).asText() + ")."));
            }
            schema.set("properties", named);
            schema.put("additionalProperties", false);
        }
    }

    private ObjectNode kind(ValueKind kind) {
        return kind.accept(new KindSchema());
    }

    /** The schema of one kind of value, as the loader reads it. */
    private final class KindSchema implements ValueKind.Visitor<ObjectNode> {

        @Override
        public ObjectNode text(ValueKind.Text kind) {
            // The loader reads free text as written, so an unquoted 1984 or true is still text to it.
            ObjectNode schema = JSON.objectNode();
            schema.set("type", JSON.arrayNode().add("string").add("number").add("boolean"));
            return schema;
        }

        @Override
        public ObjectNode wholeNumber(ValueKind.WholeNumber kind) {
            return type("integer");
        }

        @Override
        public ObjectNode decimal(ValueKind.Decimal kind) {
            return type("number");
        }

        @Override
        public ObjectNode flag(ValueKind.Flag kind) {
            return type("boolean");
        }

        @Override
        public ObjectNode date(ValueKind.Date kind) {
            return type("string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }

        @Override
        public ObjectNode year(ValueKind.Year kind) {
            return type("string").put("pattern", "^[0-9]{4}/[0-9]{2}$");
        }

        @Override
        public ObjectNode urn(ValueKind.UrnNumber kind) {
            ObjectNode schema = JSON.objectNode();
            schema.set("type", JSON.arrayNode().add("integer").add("string"));
            return schema.put("minimum", 100000).put("maximum", 999999).put("pattern", "^[1-9][0-9]{5}$");
        }

        @Override
        public ObjectNode numberOrText(ValueKind.NumberOrText kind) {
            ObjectNode schema = JSON.objectNode();
            schema.set("type", JSON.arrayNode().add("number").add("string"));
            return schema;
        }

        @Override
        public ObjectNode choice(ValueKind.Choice kind) {
            ArrayNode labels = JSON.arrayNode();
            kind.labels().forEach(labels::add);
            ObjectNode schema = type("string");
            schema.set("enum", labels);
            return schema;
        }

        @Override
        public ObjectNode list(ValueKind.ListOf kind) {
            ObjectNode schema = type("array");
            schema.set("items", kind(kind.item()));
            return schema;
        }

        @Override
        public ObjectNode labelledMap(ValueKind.LabelledMap kind) {
            ObjectNode properties = JSON.objectNode();
            kind.keys().forEach(k -> properties.set(k, kind(kind.value())));
            ObjectNode schema = type("object").put("additionalProperties", false);
            schema.set("properties", properties);
            return schema;
        }

        @Override
        public ObjectNode namedMap(ValueKind.NamedMap kind) {
            ObjectNode schema = type("object");
            schema.set("additionalProperties", kind(kind.value()));
            return schema;
        }

        @Override
        public ObjectNode section(ValueKind.Section kind) {
            return JSON.objectNode().put("$ref", "#/$defs/" + define(kind.shape()));
        }

        private ObjectNode type(String type) {
            return JSON.objectNode().put("type", type);
        }
    }

    private String define(RecordShape shape) {
        String name = shape.type().getSimpleName();
        if (!definitions.containsKey(name)) {
            ObjectNode definition = JSON.objectNode();
            definitions.put(name, definition); // placed first, so that a record met again refers instead of looping
            definition.put("type", "object");
            definition.set("properties", properties(shape));
            List<String> required = requiredKeys(shape);
            if (!required.isEmpty()) {
                ArrayNode list = JSON.arrayNode();
                required.forEach(list::add);
                definition.set("required", list);
            }
            definition.put("additionalProperties", false);
        }
        return name;
    }

    /** 0 rather than 0.0, so that the schema reads as the model was written. */
    private static com.fasterxml.jackson.databind.JsonNode whole(double d) {
        return d == Math.rint(d) ? JSON.numberNode((long) d) : JSON.numberNode(d);
    }
}
