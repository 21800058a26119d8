package org.matreport.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The git commit the trust's files were last changed in, so that trustees can tell which version of the strategy a
 * pack shows, and whether the files have changed since. A folder outside git, or a machine without git, simply has
 * no version.
 */
public record SourceVersion(String commit, Instant committed, boolean changedSince) {

    /** None known. */
    public static final SourceVersion NONE = new SourceVersion(null, null, false);

    private static final long TIMEOUT_SECONDS = 10;

    public boolean known() {
        return commit != null;
    }

    public LocalDate date() {
        return committed == null ? null : committed.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Asks git for the last commit that touched the folder; {@link #NONE} when git is missing or says nothing. */
    public static SourceVersion of(Path folder) {
        // Outside a repository git can only fail; starting it for every pack of a batch would be wasted time.
        if (folder == null
                || !Files.isDirectory(folder)
                || RepositoryPath.root(folder).isEmpty()) {
            return NONE;
        }
        SourceVersion last = git(folder, "log", "-1", "--format=%H %ct", "--", ".")
                .map(SourceVersion::parse)
                .orElse(NONE);
        if (!last.known()) {
            return NONE;
        }
        boolean changed = git(folder, "status", "--porcelain", "--ignore-submodules=all", "--", ".")
                .map(status -> !status.isBlank())
                .orElse(false);
        return new SourceVersion(last.commit(), last.committed(), changed);
    }

    /** {@code <40 hex digits> <seconds since 1970>}; anything else means no version. */
    static SourceVersion parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 2 || !parts[0].matches("[0-9a-f]{40,64}") || !parts[1].matches("[0-9]{1,12}")) {
            return NONE;
        }
        return new SourceVersion(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])), false);
    }

    /** What git prints for the arguments in the folder, or nothing when it is missing, fails or takes too long. */
    private static Optional<String> git(Path folder, String... arguments) {
        try {
            return Optional.of(new Git(folder, TIMEOUT_SECONDS).output(arguments));
        } catch (InvalidRequestException | IOException e) {
            return Optional.empty();
        }
    }
}
