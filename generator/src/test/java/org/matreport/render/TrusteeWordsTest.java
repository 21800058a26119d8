package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.load.TrustLoader;
import org.matreport.rules.Rulebook;
import org.matreport.support.Format;

/**
 * The pack speaks to trustees: a new-school policy in plain words rather than the YAML's values, and a school by its
 * name rather than its URN, which stays in the findings data for machines.
 */
class TrusteeWordsTest {

    private static final Pattern URN_IN_BRACKETS = Pattern.compile("\\(\\d{6}\\)");

    @TempDir
    Path temp;

    private final Packs packs = new Packs();

    @Test
    void aMissingNewSchoolPolicyIsAskedForInPlainWords() throws Exception {
        // The example trust without its policy: BRK-506 asks for one.
        Path trust = TestFiles.copy(Path.of("..", "example-trust"), temp.resolve("example"));
        Path yaml = trust.resolve("trust.yaml");
        String written = Files.readString(yaml);
        assertTrue(written.contains("    policy: induct\n"), "the example trust names its policy");
        Files.writeString(yaml, written.replace("    policy: induct\n", ""));

        String md = body(pack(trust).get(0));

        assertTrue(
                md.contains("Decide what happens when a school joins: bring it into the common way over a planned"
                        + " transition, reopen the common way so that it has its say, let it keep its own approach or"
                        + " have it take on the common way at once, without a say."),
                md);
        assertNoPolicyValues(md);
    }

    @Test
    void keepOwnInAnAlignedTrustIsAnsweredInPlainWords() throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/incoherent"), temp.resolve("incoherent"));

        String md = body(pack(trust).get(0));

        assertTrue(
                md.contains("Decide that a school joining aligns after all: bring it into the common way over a planned"
                        + " transition or reopen the common way so that it has its say. Otherwise, reconsider the"
                        + " strategy."),
                md);
        assertNoPolicyValues(md);
    }

    @Test
    void schoolsAreNamedWithoutTheirUrnsWhileTheFindingsDataKeepsThem() throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/full"), temp.resolve("full"));

        List<Path> written = pack(trust);
        String md = body(written.get(0));

        assertTrue(
                md.contains("Borealis High School, expected on 1 September 2027, would be the trust's first secondary"),
                md);
        assertFalse(URN_IN_BRACKETS.matcher(md).find(), "a URN in brackets in the pack: " + md);
        Path json = written.stream()
                .filter(p -> p.getFileName().toString().endsWith(".findings.json"))
                .findFirst()
                .orElseThrow();
        JsonNode newPhase = null;
        for (JsonNode finding : new ObjectMapper().readTree(json.toFile()).get("findings")) {
            if (finding.get("rule").asText().equals("BRK-515")) {
                newPhase = finding;
            }
        }
        assertTrue(newPhase != null, "the findings data holds the new phase joining");
        assertTrue(newPhase.get("message").asText().startsWith("Borealis High School, expected"), newPhase.toString());
        assertEquals("100009", newPhase.get("subject").asText(), "the subject identifies the school");
    }

    private List<Path> pack(Path trust) throws Exception {
        return packs.write(
                new TrustLoader(Rulebook.ids()).load(trust),
                temp.resolve("out-" + trust.getFileName()),
                EnumSet.of(Format.MARKDOWN),
                null,
                null);
    }

    /** The pack as the board reads it: everything before the strategy team's appendix. */
    private static String body(Path markdown) throws Exception {
        String md = Files.readString(markdown);
        int appendix = md.indexOf("## Appendix: for the strategy team");
        assertTrue(appendix > 0, "the pack has its appendix");
        return md.substring(0, appendix);
    }

    private static void assertNoPolicyValues(String md) {
        assertFalse(md.contains("keep-own"), md);
        assertFalse(Pattern.compile("\\b(induct|impose)\\b").matcher(md).find(), md);
    }
}
