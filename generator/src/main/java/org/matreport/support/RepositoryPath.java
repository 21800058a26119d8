package org.matreport.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a trust folder sits inside its git repository. SARIF locations are read by forges relative to the repository
 * root, so a trust kept in {@code strategy/} must have its files reported as {@code strategy/trust.yaml}.
 */
public final class RepositoryPath {

    private RepositoryPath() {}

    /** The folder's path from the root of the git repository holding it, with '/'; empty at the root or outside git. */
    public static String of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return root(absolute)
                .map(root -> root.relativize(absolute).toString().replace('\\', '/'))
                .orElse("");
    }

    /**
     * The root of the git repository holding the folder (the nearest folder with a {@code .git} folder or file), or
     * empty outside git. Looking is cheap, so callers ask before they start a git process that could only fail.
     */
    public static Optional<Path> root(Path folder) {
        for (Path candidate = folder.toAbsolutePath().normalize();
                candidate != null;
                candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve(".git"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
