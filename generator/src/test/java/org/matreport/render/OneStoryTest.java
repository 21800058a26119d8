package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.engine.PackRequest;
import org.matreport.engine.PackWriter;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.model.GrowthSchool;
import org.matreport.model.Performance;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;
import org.matreport.support.Format;
import org.matreport.support.Log;
import org.matreport.text.Words;

/**
 * Rules that speak of the same school, or of the same capacity, tell one story in every section of one rendered pack:
 * the findings, the summary, the break points with their timeline and the appendix.
 */
class OneStoryTest {

    private static final Path FIFTY = Path.of("src", "test", "resources", "trusts", "fifty");
    private static final Path CAPACITY = Path.of("src", "test", "resources", "trusts", "capacity");

    @TempDir
    static Path out;

    /** A rendered pack: its trust, its Markdown and its HTML page. */
    record Pack(LoadedTrust trust, String markdown, String html) {

        String section(String heading) {
            int start = markdown.indexOf("\n## " + heading + "\n");
            assertTrue(start >= 0, "the pack has a section " + heading);
            int end = markdown.indexOf("\n## ", start + 4);
            return markdown.substring(start, end < 0 ? markdown.length() : end);
        }

        /** A finding of the findings section, from its bold title to the end of its list. */
        String finding(String name) {
            String findings = section("Findings");
            int start = findings.indexOf("**" + name + "** (");
            assertTrue(start >= 0, name + " is among the findings");
            int end = findings.indexOf("\n\n", findings.indexOf("- **Found:**", start));
            return findings.substring(start, end < 0 ? findings.length() : end);
        }

        /** The cells of the first row of a table in {@code text} whose first cell is {@code first}. */
        static List<String> row(String text, String first) {
            Matcher m = Pattern.compile("(?m)^\\| " + Pattern.quote(first) + " \\|(.*)\\|$")
                    .matcher(text);
            assertTrue(m.find(), "a row for " + first + " in\n" + text);
            return List.of(m.group(1).split(" \\| ")).stream()
                    .map(String::strip)
                    .toList();
        }
    }

    private static Pack fifty;
    private static Pack capacity;

    @BeforeAll
    static void render() throws Exception {
        fifty = pack(TestFiles.copy(FIFTY, out.resolve("fifty")), "fifty");
        capacity = pack(TestFiles.copy(CAPACITY, out.resolve("capacity")), "capacity");
    }

    private static Pack pack(Path folder, String name) throws Exception {
        LoadedTrust trust = new TrustLoader(Rulebook.ids()).load(folder);
        List<Path> written = new PackWriter()
                .write(
                        trust,
                        new CoherenceCheck().run(trust, Packs.TODAY),
                        new PackRequest(
                                folder,
                                out.resolve(name + "-pack"),
                                EnumSet.of(Format.MARKDOWN, Format.HTML),
                                null,
                                0L),
                        Log.silent());
        return new Pack(trust, Files.readString(written.get(0)), Files.readString(written.get(1)));
    }

    private static String name(String rule) {
        return Words.ruleName(Rulebook.rule(rule).orElseThrow().name());
    }

    /**
     * A high performer joining an aligned trust without earned autonomy meets two rules: the hard case of joining and
     * the glass ceiling. Both date it at its joining date, never now, wherever the pack names it; both are brought by
     * the high performers alone, not by every school that joins that day; and both cite its entry in the growth plan.
     */
    @Test
    void aHighPerformerJoiningIsDatedAtItsJoiningDateByEveryRuleThatConcernsIt() {
        List<GrowthSchool> joining = fifty.trust().trust().growth().stream()
                .filter(g -> g.performance() == Performance.HIGH)
                .toList();
        List<GrowthSchool> others = fifty.trust().trust().growth().stream()
                .filter(g -> g.performance() != Performance.HIGH)
                .toList();
        assertEquals(2, joining.size(), "the test trust has two high performers joining");
        String timeline = chartDescription(fifty.html(), "timeline");
        String breakPoints = fifty.section("Growth and break points");
        String summary = fifty.section("Summary for trustees");
        String appendix = fifty.markdown().substring(fifty.markdown().indexOf("## Appendix: for the strategy team"));

        for (String rule : List.of("BRK-507", "BRK-521")) {
            String name = name(rule);
            String finding = fifty.finding(name);
            for (GrowthSchool school : joining) {
                String date = Words.date(school.expected());
                String dated = school.name() + " (from " + date + ")";
                String first = school.name() + ", a high-performing school expected on " + date;
                int named = count(finding, school.name());
                assertTrue(named > 0, name + " names " + school.name() + ":\n" + finding);
                assertEquals(
                        named,
                        count(finding, dated) + count(finding, first),
                        name + " dates every mention:\n" + finding);
                assertTrue(finding.lines().findFirst().orElseThrow().contains("from " + date), finding);

                List<String> row = Pack.row(breakPoints, name);
                assertTrue(row.get(0).contains("rom " + date), row.toString());
                assertTrue(row.get(1).contains(school.name()), "brought by " + school.name() + ": " + row);
                assertTrue(timeline.contains(name + ": ") && timeline.contains(date), timeline);

                String reference = appendix.lines()
                        .filter(l -> l.startsWith("| " + name + " (") && l.contains("| " + rule + " |"))
                        .findFirst()
                        .orElseThrow();
                int entry = fifty.trust().trust().growth().indexOf(school);
                assertTrue(reference.contains(school.name()), reference);
                assertTrue(reference.contains("growth\\[" + entry + "\\].performance"), reference);
            }
            for (GrowthSchool other : others) {
                assertFalse(
                        Pack.row(breakPoints, name).get(1).contains(other.name()), other.name() + " brings no " + name);
            }
        }
        // The summary's break points ahead: the hard case of joining, on the joining date, brought by the two alone.
        String date = Words.date(joining.get(0).expected());
        List<String> ahead = Pack.row(summary, date + " | " + name("BRK-507"));
        for (GrowthSchool school : joining) {
            assertTrue(ahead.get(0).contains(school.name()), ahead.toString());
        }
        for (GrowthSchool other : others) {
            assertFalse(ahead.get(0).contains(other.name()), other.name() + " is not a high performer: " + ahead);
        }
    }

    /**
     * One capacity, read alike: in a trust where nobody leads improvement and nobody delivers it but the schools
     * themselves, the leadership rule says so and the concern rule names every school of concern, today's and the one
     * joining, on its joining date, in the findings, the break points and the appendix.
     */
    @Test
    void theConcernRuleAndTheLeadershipRuleReadTheTrustsCapacityAlike() {
        String leadership = capacity.finding(name("BRK-509"));
        assertTrue(leadership.contains("no central role leads improvement"), leadership);

        String concern = capacity.finding(name("BRK-525"));
        assertTrue(concern.contains("no delivery capacity"), concern);
        assertTrue(concern.contains("(warning, now, and from 1 September 2027 as schools join)"), concern);
        assertTrue(concern.contains("Dene Side Primary Academy is a cause for concern"), concern);
        assertTrue(concern.contains("Ebbw Fach Primary School (from 1 September 2027)"), concern);

        List<String> row = Pack.row(capacity.section("Growth and break points"), name("BRK-525"));
        assertEquals("Now, and from 1 September 2027 as schools join", row.get(0));
        assertEquals("Ebbw Fach Primary School", row.get(1));

        String reference = capacity.markdown()
                .lines()
                .filter(l -> l.contains("| BRK-525 |"))
                .findFirst()
                .orElseThrow();
        assertTrue(reference.contains("Dene Side Primary Academy and Ebbw Fach Primary School"), reference);
        assertTrue(reference.contains("growth\\[0\\].performance"), reference);
    }

    /**
     * The near misses of the same trust: a delivery role answers the schools of concern but leaves improvement without
     * a leader; a leader without anyone to deliver leaves the schools of concern without capacity, and the rule on
     * leaders without deliverers says it in the same words.
     */
    @Test
    void deliveryAndLeadershipAreEachCountedOnce() throws Exception {
        String yaml = Files.readString(CAPACITY.resolve("trust.yaml"));
        String role = "  centralTeam:\n";
        assertTrue(yaml.contains(role), "the trust lists its central team");

        Path delivering = out.resolve("delivering");
        TestFiles.copy(CAPACITY, delivering);
        Files.writeString(
                delivering.resolve("trust.yaml"),
                yaml.replace(
                        role,
                        role
                                + "    - role: School Improvement Partner\n      focus: improvement-delivery\n      fte: 1.0\n"));
        String withDelivery = pack(delivering, "delivering").markdown();
        assertFalse(
                withDelivery.contains("**" + name("BRK-525") + "**"),
                "a delivery role is capacity for a school of concern");
        assertTrue(withDelivery.contains("**" + name("BRK-509") + "**"), "but nobody leads improvement");

        Path leading = out.resolve("leading");
        TestFiles.copy(CAPACITY, leading);
        Files.writeString(
                leading.resolve("trust.yaml"),
                yaml.replace(
                        role,
                        role
                                + "    - role: Director of Education\n      focus: improvement-leadership\n      fte: 1.0\n"));
        Pack withLeader = pack(leading, "leading");
        assertFalse(
                withLeader.markdown().contains("**" + name("BRK-509") + "**"), "a leader closes the leadership gap");
        String concern = withLeader.finding(name("BRK-525"));
        String deliverers = withLeader.finding(name("OPM-407"));
        String none = "no improvement-delivery role, hub, clusters, consultants or central expertise";
        assertTrue(concern.contains(none), concern);
        assertTrue(deliverers.contains(none), deliverers);
    }

    private static String chartDescription(String html, String chart) {
        Matcher m = Pattern.compile("<desc id=\"chart-" + chart + "-desc\">([^<]*)</desc>")
                .matcher(html);
        assertTrue(m.find(), "the pack draws the " + chart + " chart");
        return m.group(1).replace("&#39;", "'");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
