package org.matreport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} command line in a folder, with a time limit. Output goes to files rather than pipes, so a
 * large answer can never stall the process; a failure comes back as git's own first line of complaint. Every use of
 * git in matreport goes through here: reading an old revision, and dating the pack by its last commit.
 *
 * <p>The repository is not ours to trust: whoever can push to it can write its {@code .git/config} too, and git
 * starts programs that config names (a file-system monitor, a pager, an external diff, clean filters, signature
 * checks). Every command therefore runs with settings of our own, given on git's command line, which win over any
 * file, so that no setting of the repository can start a program.
 */
public final class Git {

    /** Long enough to read an old revision of a large repository. */
    public static final long TIMEOUT_SECONDS = 60;

    private final Path folder;
    private final long timeoutSeconds;

    public Git(Path folder) {
        this(folder, TIMEOUT_SECONDS);
    }

    /** A git whose commands give up after {@code timeoutSeconds}: a hung git (a lock, a network disk) must not hang. */
    public Git(Path folder, long timeoutSeconds) {
        this.folder = folder;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs git and returns what it printed, or fails with git's message. */
    public String output(String... args) throws InvalidRequestException, IOException {
        Path out = Files.createTempFile("matreport-git-", ".out");
        try {
            run(out, args);
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Runs git with its standard output written into {@code target}. */
    public void run(Path target, String... args) throws InvalidRequestException, IOException {
        Path err = Files.createTempFile("matreport-git-", ".err");
        try {
            List<String> command = new ArrayList<>(List.of("git", "--no-pager", "-C", folder.toString()));
            command.addAll(ProgramFreeSettings.of(folder, timeoutSeconds));
            command.addAll(List.of(args));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(target.toFile()).redirectError(err.toFile());
            // Never ask for a password or take a lock: this only reads.
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
            ProgramFreeSettings.clean(builder.environment());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new InvalidRequestException(
                        "git could not be run (" + e.getMessage() + "); install git, or compare with --since-json");
            }
            process.getOutputStream().close(); // git reads nothing from us
            boolean finished;
            try {
                finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new InvalidRequestException("interrupted while waiting for git");
            }
            if (!finished) {
                process.destroyForcibly();
                throw new InvalidRequestException(
                        "git did not answer within " + timeoutSeconds + " seconds: git " + String.join(" ", args));
            }
            if (process.exitValue() != 0) {
                throw new InvalidRequestException(firstLine(Files.readString(err, StandardCharsets.UTF_8)));
            }
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
