package org.matreport.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * The git commit the trust's files were last changed in, so that trustees can tell which version of the strategy a
 * pack shows. A folder outside git, or a machine without git, simply has no version.
 */
public record SourceVersion(String commit, Instant committed) {

    /** None known. */
    public static final SourceVersion NONE = new SourceVersion(null, null);

    private static final long TIMEOUT_SECONDS = 10;

    public boolean known() {
        return commit != null;
    }

    /** {@code commit 1a2b3c4d5e6f of 3 November 2026}, or a sentence saying why there is none. */
    public String text() {
        if (!known()) {
            return "not known: the trust folder is not in a git repository";
        }
        return "commit " + commit.substring(0, Math.min(12, commit.length())) + " of " + Words.date(date());
    }

    public LocalDate date() {
        return committed == null ? null : committed.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Asks git for the last commit that touched the folder; {@link #NONE} when git is missing or says nothing. */
    public static SourceVersion of(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return NONE;
        }
        ProcessBuilder git = new ProcessBuilder("git", "log", "-1", "--format=%H %ct", "--", ".")
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = git.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return NONE;
            }
            return process.exitValue() == 0 ? parse(new String(out, StandardCharsets.UTF_8)) : NONE;
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** {@code <40 hex digits> <seconds since 1970>}; anything else means no version. */
    static SourceVersion parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 2 || !parts[0].matches("[0-9a-f]{40,64}") || !parts[1].matches("[0-9]{1,12}")) {
            return NONE;
        }
        return new SourceVersion(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])));
    }
}
