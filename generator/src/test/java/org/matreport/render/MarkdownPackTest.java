package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.support.Format;

class MarkdownPackTest {

    @TempDir
    Path out;

    private final Packs packs = new Packs();

    @Test
    void sectionsComeInTheOrderOfABoardPaperWithTheContentsAtTheBack() throws Exception {
        String md = packs.text(TestTrusts.northernLights(), out, Format.MARKDOWN);
        List<String> headings = List.of(
                "# Northern Lights Academy Trust\n",
                "## Decisions for the board\n",
                "## Summary for trustees\n",
                "## Vision and mission\n",
                "## Strategy and alignment\n",
                "## Operating model\n",
                "## Schools\n",
                "## Growth and break points\n",
                "## Findings\n",
                "## Appendix: for the strategy team\n",
                "## Contents\n");
        int at = -1;
        for (String heading : headings) {
            int next = md.indexOf(heading);
            assertTrue(next > at, heading.strip() + " should follow the previous section");
            at = next;
        }
        assertTrue(md.contains("- [Schools](#schools \"Schools\")"), md);
    }

    @Test
    void everySchoolAppearsOnceInThePackWithItsGroup() throws Exception {
        Trust trust = TestTrusts.northernLights();
        String md = packs.text(trust, out, Format.MARKDOWN);
        String list = md.substring(md.indexOf("### Every school"));
        for (School school : trust.schools()) {
            String row = "\n| " + school.name() + " | ";
            assertEquals(1, list.split(java.util.regex.Pattern.quote(row), -1).length - 1, school.name());
        }
        assertTrue(list.contains("| Borealis High School | North Hub |"), list);
        String schools = md.substring(md.indexOf("## Schools"), md.indexOf("## Growth and break points"));
        assertTrue(
                schools.contains("The trust rates 2 of its 6 schools high, 2 secure, 1 improving and 1 a cause for"
                        + " concern (Draco Academy)."),
                schools);
        assertTrue(schools.contains("| North Hub | North West | 4 | 1,990 | Aurora Primary Academy |"), schools);
        assertTrue(schools.contains("| Whole trust | | 6 | 3,035 | |"), schools);
        assertTrue(md.contains("**The trust:** 6 schools with 3,035 pupils;"), "cover total");
        String operatingModel = md.substring(md.indexOf("## Operating model"), md.indexOf("## Schools"));
        assertTrue(operatingModel.contains("The schools are grouped in 2 hubs;"), operatingModel);
        for (School school : trust.schools()) {
            assertFalse(operatingModel.contains(school.name()), "the operating model does not list schools");
        }
    }

    @Test
    void formatsWordsNumbersAndDatesInJavaNotInTemplates() throws Exception {
        String md = packs.text(TestTrusts.northernLights(), out, Format.MARKDOWN);
        assertTrue(md.contains("Strategy pack for 2026/27, for the board meeting of 10 December 2026"), md);
        assertTrue(md.contains("| Borealis High School | North Hub | secondary | 1,180 | secure |"), md);
        assertTrue(md.contains("| Assessment | not decided | not decided | not decided |"), md);
        assertTrue(
                md.contains("| Academic | Pupils reading at the expected standard at the end of key stage 2 "
                        + "| 61% in 2025/26 | 75% by 2028/29 |"),
                md);
        assertTrue(md.contains("| 1 September 2027 | Orion High School | secondary |"), "growth by date: " + md);
        assertTrue(md.indexOf("Orion High School") < md.indexOf("Polaris Primary"), "growth sorted by date");
        assertTrue(
                md.contains("| Research, development and training | 1.5% of revenue: £720,000 a year of £48,000,000 |"),
                "investment");
        assertTrue(
                md.contains("The board has 9 trustees and reviews the improvement model termly; the trust spends 1.5%"
                        + " of revenue, £720,000 a year, on research, development and training."),
                "the figures the board reads its governance by, in the body");
    }

    @Test
    void hostileTextIsEscapedSoItCannotBreakATableOrInjectHtml() throws Exception {
        String md = packs.text(TestTrusts.hostile(), out, Format.MARKDOWN);
        assertFalse(md.contains("<script>"), md);
        String schools = md.substring(md.indexOf("### Every school"));
        String row =
                schools.lines().filter(l -> l.contains("alert")).findFirst().orElseThrow();
        assertTrue(row.contains("\\<script\\>alert('x')\\</script\\> Pipe \\| \\*Star\\* \\_Under\\_ Academy"), row);
        // Escaped pipes do not count: the row has exactly the table's five cells.
        assertEquals(6, row.replace("\\|", "").chars().filter(c -> c == '|').count(), row);
    }

    @Test
    void theSameTrustGivesTheSameBytes() throws Exception {
        String first = packs.text(TestTrusts.northernLights(), out.resolve("a"), Format.MARKDOWN);
        String second = packs.text(TestTrusts.northernLights(), out.resolve("b"), Format.MARKDOWN);
        assertEquals(first, second);
        assertTrue(first.endsWith("\n") && !first.endsWith("\n\n"), "one final newline");
    }
}
