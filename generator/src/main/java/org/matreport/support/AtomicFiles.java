package org.matreport.support;

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
 * moved over it, so a reader (or a failed run) never sees half a pack and the previous pack survives a failure. A set
 * of files is replaced together: when one cannot be put in place, those already replaced get their previous content
 * back, so a pack is never left half old and half new.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes one file whole or not at all. */
    public static Path write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        return write(folder, Map.of(target.getFileName().toString(), content)).get(0);
    }

    /**
     * Writes every file first, then moves them all into place; on any failure the files already moved are put back
     * as they were and the temporary files are removed. Each name must be a plain file name: nothing is ever written
     * outside {@code folder}. Temporary files that a killed run left behind for these names are removed first.
     */
    public static List<Path> write(Path folder, Map<String, byte[]> contents) throws IOException {
        contents.keySet().forEach(AtomicFiles::requirePlainName);
        Files.createDirectories(folder);
        for (String name : contents.keySet()) {
            removeLeftovers(folder, name);
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Replacement> done = new ArrayList<>();
        boolean complete = false;
        try {
            for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                Path temporary = temporaryBeside(folder, file.getKey());
                staged.put(temporary, folder.resolve(file.getKey()));
                Files.write(temporary, file.getValue());
                readableByAll(temporary);
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Path target = move.getValue();
                Replacement replacement = new Replacement(target, keepPrevious(folder, target));
                try {
                    moveIntoPlace(move.getKey(), target);
                } catch (IOException | RuntimeException e) {
                    // This target was not replaced, so only its copy goes; the earlier ones are put back below.
                    replacement.forget();
                    throw e;
                }
                done.add(replacement);
                written.add(target);
            }
            complete = true;
            return List.copyOf(written);
        } catch (IOException | RuntimeException e) {
            putBack(done, e);
            throw e;
        } finally {
            for (Path temporary : staged.keySet()) {
                Files.deleteIfExists(temporary);
            }
            if (complete) {
                for (Replacement replacement : done) {
                    replacement.forget();
                }
            }
        }
    }

    /** A target about to be replaced, and a copy of what it held before (null when it did not exist). */
    private record Replacement(Path target, Path previous) {

        void restore() throws IOException {
            if (previous == null) {
                Files.deleteIfExists(target);
            } else {
                moveIntoPlace(previous, target);
            }
        }

        void forget() throws IOException {
            if (previous != null) {
                Files.deleteIfExists(previous);
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

    /** Keeps the target's current content under a temporary name, by a hard link where the file system allows. */
    private static Path keepPrevious(Path folder, Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path previous = temporaryBeside(folder, target.getFileName().toString());
        Files.delete(previous);
        try {
            Files.createLink(previous, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, previous, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return previous;
    }

    private static void putBack(List<Replacement> done, Exception failure) {
        for (int i = done.size() - 1; i >= 0; i--) {
            try {
                done.get(i).restore();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static Path temporaryBeside(Path folder, String name) throws IOException {
        return Files.createTempFile(folder, temporaryPrefix(name), PART);
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
