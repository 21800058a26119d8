package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.matreport.rules.Rulebook;
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
        LoadedTrust loaded = new TrustLoader(Rulebook.ids()).load(trust);
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
        return md.substring(md.indexOf("## Findings\n"), md.indexOf("## Appendix: for the strategy team\n"));
    }

    /** The block of one finding: from its bold title to the blank line after its list. */
    private static String block(String name) {
        String section = findings();
        int start = section.indexOf("**" + name + "** (");
        assertTrue(start >= 0, name + " is in the findings section");
        int end = section.indexOf("\n\n", section.indexOf("- **Found:**", start));
        return section.substring(start, end < 0 ? section.length() : end);
    }

    @Test
    void groupsComeMostSeriousFirstAndEachFindingSitsInItsOwnGroup() {
        String section = findings();
        int errors = section.indexOf("### Errors\n");
        int warnings = section.indexOf("### Warnings\n");
        int information = section.indexOf("### Information\n");
        assertTrue(errors > 0 && errors < warnings && warnings < information, section);

        int str201 = section.indexOf("**Alignment core undecided**");
        int vis104 = section.indexOf("**Mission missing**");
        assertTrue(errors < str201 && str201 < warnings, "an error under Errors");
        assertTrue(warnings < vis104 && vis104 < information, "a warning under Warnings");
    }

    @Test
    void aFigureNotRecordedIsForTheStrategyTeamNotADecisionOrAFinding() {
        // The trust records no share of revenue for research and development: that is data to complete.
        assertFalse(findings().contains("**Low development investment**"), findings());
        assertFalse(md.substring(0, md.indexOf("## Summary for trustees")).contains("research"), "not on the cover");
        String data = md.substring(md.indexOf("### Data to complete"), md.indexOf("### Where each finding comes from"));
        assertTrue(
                data.contains("- The share of revenue invested in research, development and training is not"
                        + " recorded. Record the share of revenue spent on research, development and training, and review"
                        + " it."),
                data);
    }

    @Test
    void eachFindingSaysWhatWhyWhatToDoAndTheAppendixOnWhatAuthorityAndWhere() {
        String block = block("Alignment core undecided");
        for (String part : List.of("- **Found:** ", "- **Why it matters:** ", "- **What to do:** ")) {
            assertTrue(block.contains(part), part + " in\n" + block);
        }
        assertFalse(block.contains("trust.yaml"), "no file location in the body: " + block);
        assertFalse(block.contains("**Source:**"), "the source is at the back: " + block);
        String sources = md.substring(md.indexOf("### What each finding rests on"));
        assertTrue(
                sources.contains("- **Alignment core undecided:** Building Trusts (Ambition School Leadership, 2018)"),
                sources);
        String appendix = md.substring(md.indexOf("### Where each finding comes from"));
        assertTrue(
                appendix.contains(
                        "| Alignment core undecided (curriculum and pedagogy) | STR-201 | error | trust.yaml"),
                appendix);
    }

    @Test
    void acceptedAndLapsedFindingsAreMarkedWithTheReasonGiven() {
        assertTrue(
                block("Mission missing")
                        .contains("- **Board's position:** accepted by Chief Executive until 31 March 2027, so it does"
                                + " not count against the strategy. The reason given: The mission is being rewritten"
                                + " with staff this term."),
                block("Mission missing"));
        assertTrue(
                block("Outcomes not cited")
                        .contains("- **Board's position:** accepted by Chair of Trustees until 30 September 2026;"
                                + " that acceptance has lapsed, so the finding counts again."),
                block("Outcomes not cited"));
        assertFalse(block("Alignment core undecided").contains("Board's position"), "an open finding has no mark");
    }

    @Test
    void theAppendixListsLapsedAcknowledgementsFirst() {
        String appendix = md.substring(md.indexOf("### Acknowledged findings"), md.indexOf("### Rule catalogue"));
        int expired = appendix.indexOf("| lapsed | VIS-101 |");
        int inDate = appendix.indexOf("| in date | VIS-104 |");
        assertTrue(expired > 0 && expired < inDate, appendix);
    }

    @Test
    void aLapsedAcknowledgementIsADecisionOnTheCover() {
        String cover = md.substring(0, md.indexOf("## Summary for trustees"));
        assertTrue(
                cover.contains("Renew the board's acceptance of the finding \"Outcomes not cited\", or act on it: the"
                        + " acceptance lapsed on 30 September 2026 | Chair of Trustees |"),
                cover);
    }

    @Test
    void theHtmlHasTheSameGroupsAsHeadings() {
        int errors = html.indexOf("<h3 id=\"errors\">Errors</h3>");
        int warnings = html.indexOf("<h3 id=\"warnings\">Warnings</h3>");
        int information = html.indexOf("<h3 id=\"information\">Information</h3>");
        assertTrue(errors > 0 && errors < warnings && warnings < information, "severity headings in order");
    }
}
