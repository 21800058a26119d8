package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;

/** {@code check} names each field that holds a bidi control or a zero-width character, and still passes. */
class HiddenCharactersWarningTest {

    @TempDir
    Path temp;

    @Test
    void aRightToLeftOverrideAndAZeroWidthSpaceAreNamedByField() throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/minimal"), temp.resolve("trust"));
        Path yaml = trust.resolve("trust.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(
                yaml,
                text.replace("name: Borealis High School", "name: \"Borealis High School\\u202E\"")
                        .replace("name: North Hub", "name: \"North\\u200BHub\""),
                StandardCharsets.UTF_8);

        Cli result = Cli.run("check", trust.toString(), "--fail-on", "none");

        assertEquals(Main.OK, result.exitCode(), result.all());
        assertTrue(
                result.err()
                        .matches("(?s).*warning: trust\\.yaml:\\d+:\\d+: schools\\[1]\\.name: holds an invisible"
                                + " character U\\+202E \\(RIGHT-TO-LEFT OVERRIDE\\).*"),
                result.err());
        assertTrue(
                result.err()
                        .matches("(?s).*warning: trust\\.yaml:\\d+:\\d+: operatingModel\\.groups\\[0]\\.name:"
                                + " holds an invisible character U\\+200B \\(ZERO WIDTH SPACE\\).*"),
                result.err());
        assertFalse(result.all().contains("\u202E"), "the override itself is printed escaped");
    }

    @Test
    void plainNamesAndUrduJoinersRaiseNoWarning() throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/minimal"), temp.resolve("trust"));
        Path yaml = trust.resolve("trust.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(
                yaml, text.replace("name: Borealis High School", "name: \"می\u200Cخواهم\""), StandardCharsets.UTF_8);

        Cli result = Cli.run("check", trust.toString(), "--fail-on", "none");

        assertEquals(Main.OK, result.exitCode(), result.all());
        assertFalse(result.err().contains("invisible"), result.err());
    }
}
