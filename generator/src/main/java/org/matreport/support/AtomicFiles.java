package org.matreport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * back, so a pack is never left half old and half new. A run killed while it moves files (where no code of its own can
 * run) leaves a journal of the moves it had staged; the next write to the folder completes them before anything else,
 * so the folder holds the new set whole rather than a mix.
 */
public final class AtomicFiles {

    /** The staged moves of a set being put in place, one {@code temporary<TAB>target} line each. */
    static final String JOURNAL = ".matreport.journal";

    /** For the kill test only: the process halts after this many moves, as if killed there. */
    static volatile int haltAfterMoves = -1;

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
        completeInterruptedMoves(folder);
        removeLeftovers(folder, JOURNAL);
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
            writeJournal(folder, staged);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                if (done.size() == haltAfterMoves) {
                    Runtime.getRuntime().halt(137);
                }
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
            Files.deleteIfExists(folder.resolve(JOURNAL));
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
        if (!isPlainName(name)) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0) {
            return false;
        }
        Path path = Path.of(name);
        return path.getNameCount() == 1 && !path.isAbsolute();
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

    /**
     * Records the moves about to be made, once every temporary file is complete: written under a name of its own and
     * renamed, so a journal is either whole or absent.
     */
    private static void writeJournal(Path folder, Map<Path, Path> staged) throws IOException {
        StringBuilder lines = new StringBuilder();
        staged.forEach((temporary, target) -> lines.append(temporary.getFileName())
                .append('\t')
                .append(target.getFileName())
                .append('\n'));
        Path draft = temporaryBeside(folder, JOURNAL);
        Files.writeString(draft, lines, StandardCharsets.UTF_8);
        moveIntoPlace(draft, folder.resolve(JOURNAL));
    }

    /**
     * Finishes what a killed run began: its journal lists the complete files it was moving into place, and those still
     * waiting go in now, so the folder holds that run's whole set. Only this tool's temporary files (hidden, ending in
     * {@code .part}) are moved, and only within the folder.
     */
    private static void completeInterruptedMoves(Path folder) throws IOException {
        Path journal = folder.resolve(JOURNAL);
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            String[] move = line.split("\t", -1);
            if (move.length != 2 || !isPlainName(move[0]) || !isPlainName(move[1])) {
                continue;
            }
            Path temporary = folder.resolve(move[0]);
            if (move[0].startsWith(temporaryPrefix(move[1]))
                    && move[0].endsWith(PART)
                    && Files.isRegularFile(temporary, LinkOption.NOFOLLOW_LINKS)) {
                moveIntoPlace(temporary, folder.resolve(move[1]));
            }
            // The killed run's copies of what it replaced, kept for a roll-back that never came.
            removeLeftovers(folder, move[1]);
        }
        Files.delete(journal);
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
