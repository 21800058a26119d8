package org.matreport.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes one file whole or not at all. */
    public static Path write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        return write(folder, Map.of(target.getFileName().toString(), content)).get(0);
    }

    /**
     * Writes every file first, then moves them all into place; on any failure the temporary files are removed. Each
     * name must be a plain file name: nothing is ever written outside {@code folder}. Temporary files that a killed
     * run left behind for these names are removed first.
     */
    public static List<Path> write(Path folder, Map<String, byte[]> contents) throws IOException {
        contents.keySet().forEach(AtomicFiles::requirePlainName);
        Files.createDirectories(folder);
        for (String name : contents.keySet()) {
            removeLeftovers(folder, name);
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                Path temporary = Files.createTempFile(folder, temporaryPrefix(file.getKey()), PART);
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

    private static final String PART = ".part";

    /** {@code .pack.pdf.} then a random number and {@code .part}: hidden, and never taken for a pack file. */
    private static String temporaryPrefix(String name) {
        return "." + name + ".";
    }

    private static void requirePlainName(String name) {
        Path path = Path.of(name);
        if (name.isEmpty() || path.getNameCount() != 1 || path.isAbsolute() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
    }

    /**
     * A run killed between writing and moving leaves its temporary files. They are only ever of this tool's making
     * (hidden, with the target's name and {@code .part}), so the next run that writes the same file removes them.
     */
    private static void removeLeftovers(Path folder, String name) throws IOException {
        String prefix = temporaryPrefix(name);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, entry -> {
            String file = entry.getFileName().toString();
            return file.startsWith(prefix)
                    && file.endsWith(PART)
                    && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
        })) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
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
