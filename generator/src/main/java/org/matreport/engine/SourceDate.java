package org.matreport.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where the instant stamped into a PDF comes from, so that the same trust files give the same bytes:
 * SOURCE_DATE_EPOCH (the convention reproducible builds use) when set, else the last git commit that touched the
 * trust folder, never the clock.
 */
public final class SourceDate {

    /** git answers in milliseconds; a hung git (a lock, a network file system) must not hang the pack. */
    private static final long GIT_TIMEOUT_SECONDS = 10;

    private SourceDate() {}

    /** Seconds since 1970 from SOURCE_DATE_EPOCH, or {@code null} when it is unset. */
    public static Long fromEnvironment() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '" + value + "'", e);
        }
    }

    /**
     * The commit time (seconds since 1970) of the last commit that changed anything in {@code folder}, or
     * {@code null} when the folder is not in git, has no commit yet, or git is not installed or does not answer.
     */
    public static Long lastCommit(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        ProcessBuilder git = new ProcessBuilder("git", "--no-pager", "log", "-1", "--format=%ct", "--", ".")
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        git.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = git.start();
        } catch (IOException e) {
            return null; // no git on this machine: the date comes from the data instead
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close(); // git reads nothing; an open input would only wait
            // The answer is one short line, well inside a pipe's buffer, so git never waits for it to be read.
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String answer = new String(out.readAllBytes(), StandardCharsets.US_ASCII).strip();
            return process.exitValue() == 0 && answer.matches("\\d+") ? Long.valueOf(answer) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
