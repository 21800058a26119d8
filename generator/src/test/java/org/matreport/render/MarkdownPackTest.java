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
    void sectionsComeInOrderAfterTheContents() throws Exception {
        String md = packs.text(TestTrusts.northernLights(), out, Format.MARKDOWN);
        List<String> headings = List.of(
                "# Northern Lights Academy Trust\n",
                "## Contents\n",
                "## Summary for trustees\n",
                "## Vision and mission\n",
                "## Strategy\n",
                "## Alignment\n",
                "## Operating model\n",
                "## Schools\n",
                "## Growth and break points\n",
                "## Findings\n",
                "## Appendix\n");
        int at = -1;
        for (String heading : headings) {
            int next = md.indexOf(heading);
            assertTrue(next > at, heading.strip() + " should follow the previous section");
            at = next;
        }
        assertTrue(md.contains("- [Schools](#schools \"Schools\")"), md);
    }

    @Test
    void everySchoolAppearsOnceInTheSchoolsTables() throws Exception {
        Trust trust = TestTrusts.northernLights();
        String md = packs.text(trust, out, Format.MARKDOWN);
        String schools = md.substring(md.indexOf("## Schools"), md.indexOf("## Growth and break points"));
        for (School school : trust.schools()) {
            assertTrue(schools.contains("| " + school.name() + " | " + school.urn() + " |"), school.name());
        }
        assertTrue(schools.contains("| Whole trust | 6 | 3,035 |"), schools);
        assertTrue(md.contains("| Pupils | 3,035 |"), "cover total");
    }

    @Test
    void formatsWordsNumbersAndDatesInJavaNotInTemplates() throws Exception {
        String md = packs.text(TestTrusts.northernLights(), out, Format.MARKDOWN);
        assertTrue(md.contains("| Board meeting | 10 December 2026 |"), md);
        assertTrue(md.contains("| Borealis High School | 100002 | Lancashire | 1,180 | secure |"), md);
        assertTrue(md.contains("| Assessment | not decided | not decided | not decided | not decided |"), md);
        assertTrue(
                md.contains("| Academic | Pupils reading at the expected standard at the end of key stage 2 "
                        + "| 61% in 2025/26 | 75% by 2028/29 |"),
                md);
        assertTrue(md.contains("| 1 September 2027 | Orion High School | 100009 |"), "growth by date: " + md);
        assertTrue(md.indexOf("Orion High School") < md.indexOf("Polaris Primary"), "growth sorted by date");
        assertTrue(md.contains("◆ this trust |"), "the spectrum is marked");
        assertTrue(md.contains("| In pounds a year, on revenue of £48,000,000 | £720,000 |"), "investment");
    }

    @Test
    void hostileTextIsEscapedSoItCannotBreakATableOrInjectHtml() throws Exception {
        String md = packs.text(TestTrusts.hostile(), out, Format.MARKDOWN);
        assertFalse(md.contains("<script>"), md);
        String row = md.lines()
                .filter(l -> l.contains("alert"))
                .filter(l -> l.contains("100006"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.contains("\\<script\\>alert('x')\\</script\\> Pipe \\| \\*Star\\* \\_Under\\_ Academy"), row);
        // Escaped pipes do not count: the row has exactly the table's eight cells.
        assertEquals(9, row.replace("\\|", "").chars().filter(c -> c == '|').count(), row);
    }

    @Test
    void theSameTrustGivesTheSameBytes() throws Exception {
        String first = packs.text(TestTrusts.northernLights(), out.resolve("a"), Format.MARKDOWN);
        String second = packs.text(TestTrusts.northernLights(), out.resolve("b"), Format.MARKDOWN);
        assertEquals(first, second);
        assertTrue(first.endsWith("\n") && !first.endsWith("\n\n"), "one final newline");
    }
}
