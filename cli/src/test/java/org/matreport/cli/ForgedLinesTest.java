package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;

/**
 * A trust whose names carry line breaks, escape sequences and a CI runner's command syntax: every line the command
 * line prints must still be one finding, problem or message of ours, with the trust's characters shown escaped.
 */
class ForgedLinesTest {

    /** A line break, a CI workflow command, a carriage return, an OSC 8 link and a bell, as YAML escapes. */
    static final String FORGED_NAME = "North\\n::error file=trust.yaml,line=1::0 errors - strategy approved"
            + "\\rAll clear \\e]8;;https://example.org\\aclick\\e]8;;\\a\\x85\\u2028end";

    private static final Pattern FINDING_LINE =
            Pattern.compile("[^ :]+:\\d+:\\d+: (error|warning|info) [A-Z]{3}-\\d{3} [a-z-]+: .*");
    private static final Pattern COUNT_LINE = Pattern.compile("\\d+ errors?, \\d+ warnings?, \\d+ infos?; .*");

    @TempDir
    Path temp;

    @Test
    void everyFindingOfCheckIsOneLineWhateverTheNamesHold() throws Exception {
        Path trust = hostileTrust();

        Cli result = Cli.run("check", trust.toString(), "--fail-on", "none");

        assertTrue(result.out().contains("North\\n::error file=trust.yaml"), "the name is shown escaped:\n" + result);
        assertTrue(result.out().contains("\\u001b]8;;https://example.org\\u0007"), result.out());
        for (String line : result.out().split("\n", -1)) {
            assertTrue(
                    line.isEmpty()
                            || FINDING_LINE.matcher(line).matches()
                            || COUNT_LINE.matcher(line).matches(),
                    () -> "a line that is not a finding: [" + line + "]");
        }
        assertNoControlButLineFeed(result.all());
    }

    @Test
    void generateLogsAndProblemsStayOneLineEach() throws Exception {
        Path trust = hostileTrust();
        Path yaml = trust.resolve("trust.yaml");
        Files.writeString(
                yaml,
                Files.readString(yaml, StandardCharsets.UTF_8) + "\"bad\\nkey\\e[31m\": 1\n",
                StandardCharsets.UTF_8);

        Cli result =
                Cli.run("generate", trust.toString(), "-o", temp.resolve("out").toString());

        assertTrue(result.err().contains("bad\\nkey\\u001b[31m"), result.err());
        for (String line : result.err().split("\n")) {
            assertFalse(line.startsWith("::"), () -> "a forged line: " + line);
        }
        assertNoControlButLineFeed(result.all());
    }

    private Path hostileTrust() throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/incoherent"), temp.resolve("trust"));
        Path yaml = trust.resolve("trust.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(
                yaml,
                text.replace("name: Crossed Purposes Academy Trust", "name: \"" + FORGED_NAME + "\""),
                StandardCharsets.UTF_8);
        return trust;
    }

    static void assertNoControlButLineFeed(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
            int at = i;
            assertFalse(
                    control && c != '\n', () -> "U+" + Integer.toHexString(c) + " printed at " + at + ":\n" + printed);
        }
    }
}
