package org.matreport.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a trust folder sits inside its git repository. SARIF locations are read by forges relative to the repository
 * root, so a trust kept in {@code strategy/} must have its files reported as {@code strategy/trust.yaml}.
 */
public final class RepositoryPath {

    private RepositoryPath() {}

    /** The folder's path from the root of the git repository holding it, with '/'; empty at the root or outside git. */
    public static String of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        for (Path candidate = absolute; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve(".git"))) {
                return candidate.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return "";
    }
}
