package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} over many trusts: each trust's pack in its own folder, failures isolated, the worst exit code. */
class BatchGenerateTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");
    private static final String PACK = "northern-lights-academy-trust";

    @TempDir
    Path temp;

    @Test
    void allWritesEveryTrustUnderTheParentIntoItsOwnFolder() throws IOException {
        Path parent = temp.resolve("trusts");
        copyExample(parent.resolve("north"));
        copyExample(parent.resolve("south"));
        Files.createDirectories(parent.resolve("notes")); // no trust.yaml: not a trust

        Cli result = Cli.run(
                "generate",
                "--all",
                parent.toString(),
                "-o",
                temp.resolve("out").toString());

        assertEquals(Main.OK, result.exitCode(), result.all());
        for (String trust : new String[] {"north", "south"}) {
            for (String extension : new String[] {"md", "html", "pdf"}) {
                Path file = temp.resolve("out").resolve(trust).resolve(PACK + "." + extension);
                assertTrue(Files.size(file) > 0, file + " is empty");
            }
        }
        assertFalse(Files.exists(temp.resolve("out").resolve("notes")), "a folder without trust.yaml is skipped");
        assertTrue(result.out().contains("2 trusts: 2 written, 0 failed"), result.out());
        assertTrue(result.err().contains("[2/2] written"), "plain progress lines off a terminal:\n" + result.err());
    }

    /** One bad trust is reported with its own problems; the others are still written, and the exit code says 2. */
    @Test
    void aBadTrustIsReportedAndTheOthersStillRender() throws IOException {
        Path good = copyExample(temp.resolve("good"));
        Path bad = copyExample(temp.resolve("bad"));
        Files.writeString(
                bad.resolve("schools.yaml"),
                Files.readString(bad.resolve("schools.yaml")).replace("pupils: 420", "pupils: many"),
                StandardCharsets.UTF_8);

        Cli result = Cli.run("generate", good.toString(), bad.toString(), "--jobs", "2");

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(Files.size(good.resolve("target/matreport").resolve(PACK + ".pdf")) > 0, "the good trust's PDF");
        assertFalse(Files.exists(bad.resolve("target/matreport")), "nothing written for the bad trust");
        assertTrue(result.err().contains(bad + ": schools.yaml:"), "the problem is led by its trust:\n" + result.err());
        assertTrue(result.err().contains("pupils"), "the bad trust's problem names the field:\n" + result.err());
        assertTrue(tableRow(result, good).contains("written"), result.out());
        assertTrue(tableRow(result, bad).contains("invalid"), result.out());
        assertTrue(result.out().contains("2 trusts: 1 written, 1 failed"), result.out());
        assertFalse(result.all().contains("\tat "), "no stack trace:\n" + result.all());
    }

    /** A pack that cannot be written (exit 3) outranks an invalid trust (exit 2). */
    @Test
    void theExitCodeIsTheWorstOfTheTrusts() throws IOException {
        Path good = copyExample(temp.resolve("good"));
        Path bad = copyExample(temp.resolve("bad"));
        Files.writeString(bad.resolve("trust.yaml"), "schema: matreport/v1\n", StandardCharsets.UTF_8);
        Path blocked = copyExample(temp.resolve("blocked"));
        Files.writeString(blocked.resolve("target"), "a file where the output folder's parent should be");

        Cli result = Cli.run("generate", good.toString(), bad.toString(), blocked.toString());

        assertEquals(Main.CANNOT_WRITE, result.exitCode(), result.all());
        assertTrue(Files.exists(good.resolve("target/matreport").resolve(PACK + ".md")), result.all());
        assertTrue(tableRow(result, blocked).contains("not written"), result.out());
        assertTrue(tableRow(result, bad).contains("invalid"), result.out());
    }

    @Test
    void twoTrustsWithOneFolderNameCannotShareAnOutputFolder() throws IOException {
        Path first = copyExample(temp.resolve("a").resolve("trust"));
        Path second = copyExample(temp.resolve("b").resolve("trust"));

        Cli result = Cli.run(
                "generate",
                first.toString(),
                second.toString(),
                "-o",
                temp.resolve("out").toString());

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("share the name 'trust'"), result.err());
        assertFalse(Files.exists(temp.resolve("out")), "nothing written on a usage error");
    }

    @Test
    void oneTrustNamedTwiceIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path trust = copyExample(temp.resolve("trust"));
        Path link = java.nio.file.Files.createSymbolicLink(temp.resolve("link"), trust);

        Cli result = Cli.run("generate", trust.toString(), link + "/", "--jobs", "2");

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("are the same folder"), result.all());
        assertFalse(java.nio.file.Files.exists(trust.resolve("target")), "nothing was written");
    }

    @Test
    void allOnAFolderWithoutTrustsIsAUsageError() throws IOException {
        Files.createDirectories(temp.resolve("empty").resolve("child"));

        Cli result = Cli.run("generate", "--all", temp.resolve("empty").toString());

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("no folder under it holds a trust.yaml"), result.err());
    }

    @Test
    void jobsMustBePositive() throws IOException {
        Path a = copyExample(temp.resolve("a"));
        Path b = copyExample(temp.resolve("b"));

        Cli result = Cli.run("generate", a.toString(), b.toString(), "--jobs", "0");

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("--jobs must be at least 1"), result.err());
    }

    private static String tableRow(Cli result, Path trust) {
        return result.out()
                .lines()
                .filter(line -> line.startsWith(trust.toString() + " "))
                .findFirst()
                .orElse("no row for " + trust);
    }

    /** The example's YAML files, which are all a trust needs (its logo is optional for these tests). */
    private static Path copyExample(Path into) throws IOException {
        Files.createDirectories(into.resolve("assets"));
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
        Files.copy(EXAMPLE.resolve("assets/logo.svg"), into.resolve("assets/logo.svg"));
        return into;
    }
}
