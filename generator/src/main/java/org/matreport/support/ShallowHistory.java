package org.matreport.support;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether the git repository holding a trust folder was cloned shallow, as CI checkouts are unless told otherwise. A
 * shallow history lacks the commits a pack cites and the tags {@code --since} names, so git's own complaint ("not a
 * commit") would mislead: matreport says what is wrong and how to fetch the whole history instead.
 */
public final class ShallowHistory {

    /** How to fetch the whole history, in each forge's words. */
    public static final String FIX = "fetch the whole history (git fetch --unshallow; in CI, actions/checkout with"
            + " fetch-depth: 0, or GitLab's GIT_DEPTH: 0)";

    private static final long TIMEOUT_SECONDS = 10;

    private ShallowHistory() {}

    /** True when the folder is in a git repository with a shallow history; false outside git or when git fails. */
    public static boolean of(Path folder) {
        if (folder == null || RepositoryPath.root(folder).isEmpty()) {
            return false;
        }
        try {
            return new Git(folder, TIMEOUT_SECONDS)
                    .output("rev-parse", "--is-shallow-repository")
                    .strip()
                    .equals("true");
        } catch (InvalidRequestException | IOException e) {
            return false;
        }
    }

    /** The warning for a pack dated and cited from a shallow history. */
    public static String forPack(String commit) {
        return "history is shallow: the pack cites commit " + commit.substring(0, Math.min(12, commit.length()))
                + ", but the commit that last changed the trust files may not have been fetched; " + FIX;
    }

    /** Why a revision may be missing from a shallow history. */
    public static String forRevision(String ref) {
        return "history is shallow: '" + ref + "' may be a commit that was not fetched; " + FIX;
    }
}
