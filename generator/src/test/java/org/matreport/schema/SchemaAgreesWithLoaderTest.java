package org.matreport.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.TrustLoader;
import org.matreport.rules.Rulebook;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One table of lines, each put into the smallest valid trust: the JSON Schema, as an editor applies it (YAML 1.2 read
 * with the core schema), and the loader must give each the same verdict, and the verdict the table expects.
 */
class SchemaAgreesWithLoaderTest {

    private static final Path MINIMAL = Path.of("src", "test", "resources", "trusts", "minimal", "trust.yaml");
    private static final boolean ACCEPT = true;
    private static final boolean REFUSE = false;

    private static Schema schema;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheSchema() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(TrustSchema.shipped());
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("  period: 2026/27", "  companyNumber: \"01234567\"", ACCEPT),
                row("  period: 2026/27", "  companyNumber: 01234567", REFUSE),
                row("  period: 2026/27", "  companyNumber: 08123456", REFUSE),
                row("  period: 2026/27", "  companyNumber: 12345678", REFUSE),
                row("  period: 2026/27", "  companyNumber: SC123456", ACCEPT),
                row("  period: 2026/27", "  companyNumber: \"1234567\"", REFUSE),
                row("  period: 2026/27", "  companyNumber: ~", ACCEPT),
                row("  period: 2026/27", "  revenue: 6500000", ACCEPT),
                row("  period: 2026/27", "  revenue: \"6500000\"", REFUSE),
                row("  period: 2026/27", "  revenue: ~", ACCEPT),
                row("  period: 2026/27", "  boardMeeting: 2026-12-10", ACCEPT),
                row("  period: 2026/27", "  boardMeeting: ~", ACCEPT),
                row("  period: 2026/27", "  colour: \"#1d4f91\"", ACCEPT),
                row("  period: 2026/27", "  colour: red", REFUSE),
                row("  period: 2026/27", "  logo: ~", ACCEPT),
                row("  period: 2026/27", "  name2: x", REFUSE),
                replace("  name: Minimal Learning Trust", "  name: ~", REFUSE),
                replace("  name: Minimal Learning Trust", "  name: 1984", ACCEPT),
                row("  statement: Every child reads well by the age of eleven.", "  mission: ~", ACCEPT),
                row("  statement: Every child reads well by the age of eleven.", "  mission:", ACCEPT),
                row("  statement: Every child reads well by the age of eleven.", "  mission: 12", ACCEPT),
                row("  statement: Every child reads well by the age of eleven.", "  mission: true", ACCEPT),
                row("  statement: Every child reads well by the age of eleven.", "  values: [ambition, 2030]", ACCEPT),
                row("  statement: Every child reads well by the age of eleven.", "  values: ~", ACCEPT),
                replace("  statement: Every child reads well by the age of eleven.", "  statement: ~", REFUSE),
                row("  cluster: alignment", "  rationale: ~", ACCEPT),
                replace("  cluster: alignment", "  cluster: ~", REFUSE),
                replace("  cluster: alignment", "  cluster: centralised", REFUSE),
                replace("    - id: north", "    - id: 2024", REFUSE),
                row("    phase: secondary", "    pupils: 900", ACCEPT),
                row("    phase: secondary", "    pupils: -1", REFUSE),
                row("    phase: secondary", "    pupils: ~", ACCEPT));
    }

    private static Arguments row(String after, String line, boolean accepted) {
        return Arguments.of(line.strip(), after, after + "\n" + line, accepted);
    }

    private static Arguments replace(String line, String with, boolean accepted) {
        return Arguments.of(with.strip(), line, with, accepted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void schemaAndLoaderGiveTheSameVerdict(String label, String from, String to, boolean accepted) throws Exception {
        String minimal = Files.readString(MINIMAL);
        String text = minimal.replace(from, to);
        assertNotEquals(minimal, text, "the table's anchor is not in the minimal trust: " + from);
        Path folder = Files.createDirectories(temp.resolve("trust"));
        Files.writeString(folder.resolve("trust.yaml"), text);

        List<String> schemaSays = schema.validate(asAnEditorReadsIt(text)).stream()
                .map(Error::toString)
                .toList();
        String loaderSays;
        try {
            new TrustLoader(Rulebook.ids()).load(folder);
            loaderSays = "";
        } catch (InvalidTrustException e) {
            loaderSays = e.problems().toString();
        }
        assertEquals(accepted, schemaSays.isEmpty(), "the schema: " + schemaSays);
        assertEquals(accepted, loaderSays.isEmpty(), "the loader: " + loaderSays);
    }

    private static JsonNode asAnEditorReadsIt(String yaml) {
        Load load = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
        return new ObjectMapper().valueToTree(load.loadFromString(yaml));
    }
}
