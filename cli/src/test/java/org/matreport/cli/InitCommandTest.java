package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.Version;

/** {@code matreport init}: a trust's own repository that builds, checks and publishes from the first commit. */
class InitCommandTest {

    @TempDir
    Path temp;

    @Test
    void initWritesARepositoryThatBuildsWithTheWrapperAndTheRunningVersion() throws IOException {
        Path folder = temp.resolve("new-trust");
        Cli init = Cli.run("init", folder.toString());
        assertEquals(Main.OK, init.exitCode(), init.all());
        for (String name : List.of(
                "trust.yaml",
                "schools.yaml",
                "trust.schema.json",
                "pom.xml",
                "README.md",
                ".gitignore",
                "mvnw",
                "mvnw.cmd",
                ".mvn/wrapper/maven-wrapper.properties",
                ".github/workflows/board-pack.yml",
                ".github/dependabot.yml",
                ".gitlab-ci.yml")) {
            assertTrue(Files.isRegularFile(folder.resolve(name)), "init did not write " + name);
        }
        assertTrue(Files.isExecutable(folder.resolve("mvnw")), "mvnw cannot be run");
        assertEquals(
                "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                Files.readString(folder.resolve(".mvn/jvm.config")).strip());
        String pom = Files.readString(folder.resolve("pom.xml"));
        assertTrue(pom.contains("<matreport.version>" + Version.current() + "</matreport.version>"), pom);
        assertFalse(pom.contains("@matreport.version@"), pom);
        assertTrue(pom.contains("<goal>generate</goal>") && pom.contains("<goal>check</goal>"), "no goals bound");
        assertTrue(pom.contains("<reporting>"), "mvn site would have no pack page");
        assertTrue(pom.contains("<artifactId>maven-site-plugin</artifactId>"), "the site plugin is not pinned");
    }

    @Test
    void ciChoosesTheForgesWhosePipelinesAreWritten() {
        Path gitlab = temp.resolve("gitlab");
        assertEquals(
                Main.OK, Cli.run("init", "--ci", "gitlab", gitlab.toString()).exitCode());
        assertTrue(Files.isRegularFile(gitlab.resolve(".gitlab-ci.yml")));
        assertFalse(Files.exists(gitlab.resolve(".github")), "--ci gitlab wrote GitHub's workflow");

        Path none = temp.resolve("none");
        assertEquals(Main.OK, Cli.run("init", "--ci", "none", none.toString()).exitCode());
        assertFalse(Files.exists(none.resolve(".gitlab-ci.yml")));
        assertFalse(Files.exists(none.resolve(".github")));
        assertTrue(Files.isRegularFile(none.resolve("mvnw")), "the wrapper is written whatever the forge");

        Cli wrong = Cli.run("init", "--ci", "bitbucket", temp.resolve("wrong").toString());
        assertEquals(Main.INVALID, wrong.exitCode());
        assertTrue(wrong.err().contains("github, gitlab, both or none"), wrong.err());
    }

    @Test
    void anUneditedStarterFailsTheCheckNamingEachPlaceholderByLine() throws IOException {
        Path folder = temp.resolve("unedited");
        assertEquals(Main.OK, Cli.run("init", folder.toString()).exitCode());
        Cli check = Cli.run("check", folder.toString());
        assertEquals(Main.FINDINGS, check.exitCode(), check.all());
        assertFalse(check.out().contains("0 errors"), check.out());
        List<String> trustLines = Files.readAllLines(folder.resolve("trust.yaml"));
        for (String field : List.of("name", "statement", "mission", "rationale", "notes", "criteria")) {
            int line = lineOf(trustLines, field + ":") + 1;
            Matcher m = Pattern.compile("trust\\.yaml:" + line + ":\\d+: error TXT-901 starter-text: still the"
                            + " starter's text: write the trust's own ")
                    .matcher(check.out());
            assertTrue(m.find(), "no starter-text error at trust.yaml:" + line + " (" + field + ")\n" + check.out());
        }
    }

    @Test
    void theStarterCarriesNoAcknowledgementToSilenceAFinding() throws IOException {
        Path folder = temp.resolve("acks");
        assertEquals(Main.OK, Cli.run("init", folder.toString()).exitCode());
        Cli json = Cli.run("check", "--format", "json", folder.toString());
        assertTrue(json.out().contains("\"acknowledged\" : 0"), json.out());
        assertTrue(Files.readString(folder.resolve("trust.yaml")).contains("\nacknowledgements: []\n"));
    }

    @Test
    void aStarterWithTheTrustsOwnWordsPassesTheCheck() throws IOException {
        Path folder = temp.resolve("edited");
        assertEquals(Main.OK, Cli.run("init", folder.toString()).exitCode());
        fillIn(folder);
        Cli check = Cli.run("check", folder.toString());
        assertEquals(Main.OK, check.exitCode(), check.all());
        assertFalse(check.out().contains("TXT-901"), check.out());
    }

    @Test
    void initWithTheRegisterReplacesTheStartersExampleSchools() throws IOException {
        Path establishments = temp.resolve("edubasealldata.csv");
        RegisterExtract.withOtherTrusts()
                .school(
                        140001,
                        "Meadow Primary Academy",
                        "Primary",
                        "Academy converter",
                        "Open",
                        "East Midlands",
                        "Derbyshire",
                        "310",
                        "6001",
                        "Meadow Learning Trust",
                        "01-09-2019")
                .school(
                        140002,
                        "Brook Secondary Academy",
                        "Secondary",
                        "Academy converter",
                        "Open",
                        "East Midlands",
                        "Derbyshire",
                        "850",
                        "6001",
                        "Meadow Learning Trust",
                        "01-09-2020")
                .writeEstablishments(establishments, StandardCharsets.UTF_8);
        Path folder = temp.resolve("meadow");
        Cli init = Cli.run(
                "init",
                "--trust",
                "Meadow Learning Trust",
                "--establishments",
                establishments.toString(),
                folder.toString());
        assertEquals(Main.OK, init.exitCode(), init.all());
        String schools = Files.readString(folder.resolve("schools.yaml"));
        assertTrue(schools.contains("urn: 140001") && schools.contains("urn: 140002"), schools);
        assertFalse(schools.contains("100001") || schools.contains("Example Primary Academy"), schools);
        // The folder still loads: the check reports findings but no invalid file.
        Cli check = Cli.run("check", folder.toString());
        assertEquals(Main.FINDINGS, check.exitCode(), check.all());

        Cli alone = Cli.run(
                "init",
                "--trust",
                "Meadow Learning Trust",
                temp.resolve("alone").toString());
        assertEquals(Main.INVALID, alone.exitCode());
        assertTrue(alone.err().contains("--establishments"), alone.err());
    }

    /** Replaces every placeholder of the starter as a trust officer would. */
    static void fillIn(Path folder) throws IOException {
        Path trust = folder.resolve("trust.yaml");
        String text = Files.readString(trust)
                .replace("name: Example Academy Trust", "name: Meadow Learning Trust")
                .replaceAll("Replace this with", "We hold to this:");
        Files.writeString(trust, text);
    }

    private static int lineOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
