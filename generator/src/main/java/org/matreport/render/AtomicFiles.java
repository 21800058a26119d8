package org.matreport.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts files in place only when they are complete: each is written to a temporary file beside its target and then
 * moved over it, so a reader (or a failed run) never sees half a pack and the previous pack survives a failure.
 */
final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes every file first, then moves them all into place; on any failure the temporary files are removed. */
    static List<Path> write(Path folder, Map<String, byte[]> contents) throws IOException {
        Files.createDirectories(folder);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                Path temporary = Files.createTempFile(folder, "." + file.getKey() + ".", ".part");
                staged.put(temporary, folder.resolve(file.getKey()));
                Files.write(temporary, file.getValue());
                readableByAll(temporary);
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                moveIntoPlace(move.getKey(), move.getValue());
                written.add(move.getValue());
            }
            return List.copyOf(written);
        } finally {
            for (Path temporary : staged.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Temporary files are private to their owner; a pack is published, so it gets the usual rw-r--r--. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; replacing is still better than writing in place.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
