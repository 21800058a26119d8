package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.matreport.TestFiles;

/** A git repository a test builds for itself, commit by commit, with git's own command line. */
final class GitRepository {

    private final Path root;

    private GitRepository(Path root) {
        this.root = root;
    }

    /** A new repository holding a copy of {@code trust} in {@code folder} (empty for the root). */
    static GitRepository withTrust(Path root, String folder, Path trust) throws Exception {
        GitRepository repository = new GitRepository(root);
        repository.git("init", "-q");
        TestFiles.copy(trust, root.resolve(folder));
        return repository;
    }

    void commit(String message) throws Exception {
        git("add", "-A");
        git(
                "-c",
                "user.name=Clerk",
                "-c",
                "user.email=clerk@localhost",
                "-c",
                "commit.gpgsign=false",
                "commit",
                "-q",
                "-m",
                message);
    }

    /** Replaces text in a file of the repository; fails the test when the text is not there. */
    void replace(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    void append(String file, String text) throws IOException {
        Files.writeString(
                root.resolve(file),
                Files.readString(root.resolve(file), StandardCharsets.UTF_8) + text,
                StandardCharsets.UTF_8);
    }

    /** A clone of this repository in {@code into} holding only its last commit, as CI checks out by default. */
    GitRepository shallowClone(Path into) throws Exception {
        git("clone", "-q", "--depth", "1", root.toUri().toString(), into.toString());
        return new GitRepository(into);
    }

    void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment()
                .put("GIT_CONFIG_GLOBAL", root.resolve(".no-global-config").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ": " + output);
    }
}
