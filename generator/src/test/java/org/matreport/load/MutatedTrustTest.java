package org.matreport.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;

/**
 * The example trust, mutated the ways hand edits go wrong: a node dropped, a list item duplicated, a value of the
 * wrong type, a key renamed, a line doubled. Whatever comes out, the loader answers with a model or with problems
 * placed in a file, never with an exception or its own fault message; and the rules never throw on a model the
 * loader accepted.
 */
class MutatedTrustTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");
    private static final List<String> FILES = List.of("trust.yaml", "schools.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Map<String, JsonNode> example;
    private static Path folder;

    enum Kind {
        DROP,
        DUPLICATE,
        RETYPE,
        RENAME,
        DOUBLE_LINE
    }

    /** One edit: what to do, to which node or line (an index wrapped onto those there are), and with what. */
    record Mutation(Kind kind, int target, JsonNode value, String name) {}

    @BeforeContainer
    static void readExample() throws IOException {
        example = new LinkedHashMap<>();
        for (String file : FILES) {
            example.put(file, YAML.readTree(EXAMPLE.resolve(file).toFile()));
        }
        folder = Files.createTempDirectory("mutated-trust");
        Files.createDirectories(folder.resolve("assets"));
        Files.copy(EXAMPLE.resolve("assets/logo.svg"), folder.resolve("assets/logo.svg"));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Example
    void theUnmutatedExampleLoadsAfterTheRoundTrip() throws Exception {
        write(example, List.of());
        new TrustLoader(Rulebook.ids()).load(folder);
    }

    @Property(tries = 100)
    void theLoaderAnswersWithAModelOrLocatedProblemsAndTheRulesNeverThrow(@ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        write(example, mutations);
        LoadedTrust loaded;
        try {
            loaded = new TrustLoader(Rulebook.ids()).load(folder);
        } catch (InvalidTrustException e) {
            assertFalse(e.problems().isEmpty(), "an invalid trust names at least one problem");
            for (Problem problem : e.problems()) {
                String line = problem.toString();
                assertTrue(
                        FILES.stream().anyMatch(line::startsWith) || line.startsWith(folder.toString()),
                        () -> "not placed in a file: " + line);
                assertFalse(problem.message().equals(TrustLoader.OWN_FAULT), () -> "the loader threw: " + line);
                // Only a doubled line can break the syntax; the mapper writes well-formed YAML.
                assertTrue(
                        !line.contains("YAML syntax error")
                                || mutations.stream().anyMatch(m -> m.kind() == Kind.DOUBLE_LINE),
                        () -> "a syntax error in well-formed YAML: " + line);
            }
            return;
        }
        new CoherenceCheck().run(loaded, LocalDate.of(2026, 11, 1));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                        Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100_000), values(), names())
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Values of every YAML type, including ones near the edges of what a field accepts. */
    private static Arbitrary<JsonNode> values() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        NODES.nullNode(),
                        NODES.textNode(""),
                        NODES.booleanNode(true),
                        NODES.numberNode(0),
                        NODES.numberNode(-1),
                        NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
                        NODES.numberNode(2.5),
                        NODES.textNode("2026-02-30"),
                        NODES.textNode("2026/28"),
                        NODES.textNode("<script>alert(1)</script>"),
                        NODES.textNode("${7*7} <#assign x=1>"),
                        NODES.textNode("100001"),
                        NODES.textNode("north"),
                        NODES.arrayNode(),
                        NODES.objectNode(),
                        NODES.arrayNode().add("a").add(1),
                        NODES.objectNode().put("id", "north").put("urn", 100001)),
                Arbitraries.strings().ofMaxLength(40).map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode));
    }

    /** Key names: near misses of real ones, real ones from elsewhere in the model, and noise. */
    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "name", "urn", "group", "id", "schools", "trust", "phse", "<<", "", "1", "a.b", "\u00a0"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
    }

    private static void write(Map<String, JsonNode> files, List<Mutation> mutations) throws IOException {
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        files.forEach((name, tree) -> trees.put(name, tree.deepCopy()));
        List<Mutation> lineEdits = new ArrayList<>();
        for (Mutation mutation : mutations) {
            if (mutation.kind() == Kind.DOUBLE_LINE) {
                lineEdits.add(mutation);
            } else {
                apply(mutation, trees);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        trees.forEach((name, tree) -> {
            try {
                texts.put(name, YAML.writeValueAsString(tree));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (Mutation edit : lineEdits) {
            String name = FILES.get(Math.floorMod(edit.target(), FILES.size()));
            List<String> lines = new ArrayList<>(texts.get(name).lines().toList());
            int line = Math.floorMod(edit.target() / FILES.size(), lines.size());
            lines.add(line, lines.get(line));
            texts.put(name, String.join("\n", lines) + "\n");
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Files.writeString(folder.resolve(text.getKey()), text.getValue());
        }
    }

    /** A place in a tree: the container and the key or index of one of its children. */
    private record Slot(JsonNode parent, String key, int index) {}

    private static void apply(Mutation mutation, Map<String, JsonNode> trees) {
        List<Slot> slots = new ArrayList<>();
        trees.values().forEach(tree -> collect(tree, slots));
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(Math.floorMod(mutation.target(), slots.size()));
        if (slot.parent() instanceof ObjectNode object) {
            switch (mutation.kind()) {
                case DROP -> object.remove(slot.key());
                case DUPLICATE ->
                    object.set(slot.key() + "Copy", object.get(slot.key()).deepCopy());
                case RETYPE -> object.set(slot.key(), mutation.value());
                case RENAME -> {
                    JsonNode value = object.remove(slot.key());
                    object.set(mutation.name(), value);
                }
                default -> throw new IllegalStateException("line edits are applied to the text");
            }
        } else if (slot.parent() instanceof ArrayNode array) {
            switch (mutation.kind()) {
                case DROP -> array.remove(slot.index());
                case DUPLICATE ->
                    array.insert(slot.index(), array.get(slot.index()).deepCopy());
                case RETYPE -> array.set(slot.index(), mutation.value());
                case RENAME -> array.set(slot.index(), NODES.textNode(mutation.name()));
                default -> throw new IllegalStateException("line edits are applied to the text");
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(key -> {
                slots.add(new Slot(object, key, -1));
                collect(object.get(key), slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }
}
