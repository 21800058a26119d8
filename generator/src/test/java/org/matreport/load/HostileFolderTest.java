package org.matreport.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.matreport.load.TrustFolders.problems;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.rules.Rulebook;

/** Folders a repository cannot hold (permissions, links, generated sizes), built at test time. */
class HostileFolderTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFolderIsNamed() {
        Path nowhere = temp.resolve("nowhere");
        assertEquals(
                List.of(nowhere + ": no trust folder here; give the folder that holds trust.yaml"), problems(nowhere));
    }

    @Test
    void aFileIsNotATrustFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("trust.yaml"), "schema: matreport/v1\n");
        assertEquals(List.of(file + ": is not a folder; give the folder that holds trust.yaml"), problems(file));
    }

    @Test
    void anUnreadableFileIsNamed() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        Path schools = Files.writeString(folder.resolve("schools.yaml"), "growth: []\n");
        assumeTrue(Files.getFileStore(schools).supportsFileAttributeView("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(schools, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(schools), "running as root, every file stays readable");
        assertEquals(
                List.of("schools.yaml: cannot be read (permission denied); allow the user running matreport "
                        + "to read it"),
                problems(folder));
    }

    @Test
    void aYamlFileLinkingOutsideTheFolderIsRefused() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        Path outside = Files.writeString(temp.resolve("elsewhere.yaml"), "growth: []\n");
        Files.createSymbolicLink(folder.resolve("growth.yaml"), outside);
        assertEquals(
                List.of("growth.yaml: is a link to a file outside the trust folder; copy the file into the "
                        + "folder instead"),
                problems(folder));
    }

    @Test
    void aLogoLinkingOutsideTheFolderIsRefused() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        Path outside = Files.writeString(temp.resolve("secret.svg"), "<svg/>");
        Files.createSymbolicLink(folder.resolve("logo.svg"), outside);
        addLogo(folder, "logo.svg");
        assertEquals(
                List.of("trust.yaml:8:9: trust.logo: 'logo.svg' is a link to a file outside the trust folder; "
                        + "copy the logo into the folder instead"),
                problems(folder));
    }

    @Test
    void aLogoInsideTheFolderIsAccepted() throws IOException, InvalidTrustException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        Files.createDirectories(folder.resolve("assets"));
        Files.writeString(folder.resolve("assets/logo.svg"), "<svg/>");
        addLogo(folder, "assets/../assets/logo.svg");
        assertEquals(
                "assets/../assets/logo.svg",
                new TrustLoader(Rulebook.ids()).load(folder).trust().profile().logo());
    }

    @Test
    void tooManyFilesIsRefusedNamingTheLimit() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("extra" + i + ".yaml"), "growth: []\n");
        }
        assertEquals(
                List.of(folder + ": the trust folder holds 4 YAML files, over the limit of 3; merge some of " + "them"),
                problems(folder, new LoadLimits(LoadLimits.MIB, 3, 64, 200)));
    }

    @Test
    void aLongListOfProblemsIsCappedWithACount() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        StringBuilder growth = new StringBuilder("growth:\n");
        for (int i = 0; i < 300; i++) {
            growth.append("  - { name: School ").append(i).append(", expected: soon }\n");
        }
        Files.writeString(folder.resolve("growth.yaml"), growth);
        List<String> problems = problems(folder, new LoadLimits(LoadLimits.MIB, 64, 64, 200));
        assertEquals(200, problems.size());
        assertEquals(
                "growth.yaml:2:33: growth[0].expected: 'soon' is not a date; write dates as YYYY-MM-DD, such as "
                        + "2026-12-10",
                problems.get(0));
        assertEquals(
                "growth.yaml:201:35: and 101 more problems from here on; fix those above and load again",
                problems.get(199));
    }

    @Test
    void thousandsOfNestedBracketsEndQuickly() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        Files.writeString(folder.resolve("growth.yaml"), "growth: " + "[".repeat(50_000) + "]".repeat(50_000));
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(folder));
        assertEquals(
                List.of("growth.yaml:1:73: mappings and lists nest more than 64 levels deep here; trust files "
                        + "need only a few levels"),
                problems);
    }

    @Test
    void anAliasBombEndsQuicklyInProblems() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        StringBuilder bomb = new StringBuilder("growth:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 30; i++) {
            String prior = "*a" + (i - 1);
            bomb.append("  - &a")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, prior)))
                    .append("]\n");
        }
        Files.writeString(folder.resolve("growth.yaml"), bomb);
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(folder));
        assertTrue(
                problems.contains("growth.yaml:3:10: growth[1][0]: aliases ('*a0') are not supported; write the "
                        + "value out in full"),
                () -> String.join("\n", problems));
    }

    /** Why aliases must be refused: Jackson hands {@code *x} on as the plain text "x", silently changing the data. */
    @Test
    void jacksonReadsAnAliasAsItsNameWhichIsWhyTheLoaderRefusesIt() throws IOException {
        try (YAMLParser parser = (YAMLParser) new YAMLFactory().createParser("a: &x primary\nb: *x\n")) {
            String valueOfB = null;
            boolean alias = false;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING && "b".equals(parser.currentName())) {
                    valueOfB = parser.getText();
                    alias = parser.isCurrentAlias();
                }
            }
            assertEquals("x", valueOfB);
            assertTrue(alias);
        }
    }

    @Test
    void aYmlFileBesideTrustYamlIsRead() throws IOException {
        Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("t"));
        Files.writeString(
                folder.resolve("growth.yml"),
                "growth:\n  - { name: New School, expected: 2027-09-31 }\n",
                StandardCharsets.UTF_8);
        assertEquals(
                List.of("growth.yml:2:35: growth[0].expected: '2027-09-31' is not a date: no such day in the "
                        + "calendar; write a real date as YYYY-MM-DD"),
                problems(folder));
    }

    private static void addLogo(Path folder, String logo) throws IOException {
        Path trust = folder.resolve("trust.yaml");
        String text =
                Files.readString(trust).replace("  period: 2026/27\n", "  period: 2026/27\n  logo: " + logo + "\n");
        Files.writeString(trust, text);
    }
}
