package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.engine.PackRequest;
import org.matreport.engine.PackWriter;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.rules.CoherenceCheck;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * A trust with errors, warnings and information, one finding acknowledged and one whose acknowledgement has expired:
 * the pack shows them grouped by severity, most serious first, with the board's decisions marked.
 */
class FindingsSectionTest {

    @TempDir
    static Path dir;

    private static String md;
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        Path trust = Files.createDirectories(dir.resolve("trust"));
        String yaml = Files.readString(Path.of("src", "test", "resources", "trusts", "minimal", "trust.yaml"))
                .replace("  period: 2026/27\n", "  period: 2026/27\n  boardMeeting: 2026-12-10\n");
        Files.writeString(trust.resolve("trust.yaml"), yaml + """

                        acknowledgements:
                          - rule: VIS-104
                            reason: The mission is being rewritten with staff this term.
                            owner: Chief Executive
                            until: 2027-03-31
                          - rule: VIS-101
                            reason: Outcomes were to follow the new mission.
                            owner: Chair of Trustees
                            until: 2026-09-30
                        """);
        LoadedTrust loaded = new TrustLoader().load(trust);
        List<Path> written = new PackWriter()
                .write(
                        loaded,
                        new CoherenceCheck().run(loaded, Packs.TODAY),
                        new PackRequest(
                                trust, dir.resolve("out"), EnumSet.of(Format.MARKDOWN, Format.HTML), null, null),
                        Log.silent());
        md = Files.readString(written.get(0));
        html = Files.readString(written.get(1));
    }

    private static String findings() {
        return md.substring(md.indexOf("## Findings\n"), md.indexOf("## Appendix\n"));
    }

    /** The block of one finding: from its bold title to the next blank line after its list. */
    private static String block(String rule) {
        String section = findings();
        int start = section.indexOf("**" + rule + " ");
        assertTrue(start >= 0, rule + " is in the findings section");
        int end = section.indexOf("\n\n", section.indexOf("- **Board:**", start));
        return section.substring(start, end < 0 ? section.length() : end);
    }

    @Test
    void groupsComeMostSeriousFirstAndEachFindingSitsInItsOwnGroup() {
        String section = findings();
        int errors = section.indexOf("### Errors\n");
        int warnings = section.indexOf("### Warnings\n");
        int information = section.indexOf("### Information\n");
        assertTrue(errors > 0 && errors < warnings && warnings < information, section);

        int str201 = section.indexOf("**STR-201 ");
        int vis104 = section.indexOf("**VIS-104 ");
        int int606 = section.indexOf("**INT-606 ");
        assertTrue(errors < str201 && str201 < warnings, "an error under Errors");
        assertTrue(warnings < vis104 && vis104 < information, "a warning under Warnings");
        assertTrue(information < int606, "information under Information");
    }

    @Test
    void eachFindingSaysWhatWhereWhyWhatToDoAndOnWhatAuthority() {
        String block = block("STR-201");
        for (String part : List.of(
                "- **Found:** ",
                "- **Where:** trust.yaml",
                "- **Why it matters:** ",
                "- **What to do:** ",
                "- **Source:** ")) {
            assertTrue(block.contains(part), part + " in\n" + block);
        }
    }

    @Test
    void acknowledgedAndExpiredFindingsAreMarked() {
        assertTrue(
                block("VIS-104")
                        .contains(
                                "- **Board:** acknowledged by Chief Executive until 31 March 2027; it does not count."),
                block("VIS-104"));
        assertTrue(
                block("VIS-101")
                        .contains("- **Board:** acknowledgement expired: accepted by Chair of Trustees until"
                                + " 30 September 2026; it counts again."),
                block("VIS-101"));
        assertTrue(block("STR-201").contains("- **Board:** open: not acknowledged."), block("STR-201"));
    }

    @Test
    void theAppendixListsExpiredAcknowledgementsFirst() {
        String appendix = md.substring(md.indexOf("### Acknowledged findings"), md.indexOf("### Rule catalogue"));
        int expired = appendix.indexOf("| expired | VIS-101 |");
        int inDate = appendix.indexOf("| in date | VIS-104 |");
        assertTrue(expired > 0 && expired < inDate, appendix);
    }

    @Test
    void theHtmlHasTheSameGroupsAsHeadings() {
        int errors = html.indexOf("<h3 id=\"errors\">Errors</h3>");
        int warnings = html.indexOf("<h3 id=\"warnings\">Warnings</h3>");
        int information = html.indexOf("<h3 id=\"information\">Information</h3>");
        assertTrue(errors > 0 && errors < warnings && warnings < information, "severity headings in order");
    }
}
