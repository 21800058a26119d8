package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.LargeTrust;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * A rule that holds for sixty schools prints its first findings in the pack and counts the rest, which the findings
 * file still lists one by one.
 */
class FindingsLimitTest {

    @TempDir
    Path temp;

    @Test
    void aRuleHoldingForManySchoolsPrintsItsFirstFindingsAndCountsTheRest() throws Exception {
        Path trust = LargeTrust.write(temp.resolve("trust"), 60, 0);
        // Every school but the lead leaves the hub, so OPM-405 (school outside groups) holds for 59 schools.
        Path yaml = trust.resolve("trust.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(
                yaml,
                text.replace("    group: north\n", "")
                        .replace("  - urn: 100001\n", "  - urn: 100001\n    group: north\n"),
                StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        new Engine(Log.silent())
                .pack(
                        new PackRequest(trust, out, java.util.EnumSet.of(Format.MARKDOWN), null, 1_700_000_000L),
                        java.time.LocalDate.of(2026, 11, 1));

        String markdown = Files.readString(out.resolve("very-large-learning-trust.md"), StandardCharsets.UTF_8);
        assertEquals(FindingsView.MOST_PER_RULE, count(markdown, "\\*\\*OPM-405 "), "findings of OPM-405 printed");
        assertTrue(
                markdown.contains("The check found 34 more findings of OPM-405 school-outside-groups, not printed"
                        + " here; the findings file beside the pack lists every one."),
                markdown);
        String json = Files.readString(out.resolve("very-large-learning-trust.findings.json"), StandardCharsets.UTF_8);
        assertEquals(59, count(json, "\"rule\" *: *\"OPM-405\""), "the findings file lists every one");
    }

    private static int count(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
