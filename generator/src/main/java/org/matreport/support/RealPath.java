package org.matreport.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths as the file system resolves them, so that a link, a trailing slash or {@code ..} cannot pass for another. */
public final class RealPath {

    private RealPath() {}

    /**
     * The folder as the file system will see it, links followed as far as the path exists, so that a link to the
     * trust folder cannot pass for a folder of its own.
     */
    public static Path of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
