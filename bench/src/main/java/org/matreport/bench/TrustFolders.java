package org.matreport.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.EnumSet;
import org.matreport.engine.PackRequest;
import org.matreport.support.Format;

/** Scratch folders for the in-process benchmarks: synthetic trusts written once, packs written beside them. */
final class TrustFolders {

    /** A fixed day, so that every run checks acknowledgements and forecasts against the same date. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private TrustFolders() {}

    static Path trust(Path root, int schools) throws IOException {
        Path folder = root.resolve("schools-" + schools);
        SyntheticTrust.write(folder, schools, WriteTrusts.SEED);
        return folder;
    }

    /** Every format, to a folder of the caller's own so that threads never write the same file. */
    static PackRequest allFormats(Path trust, Path output) {
        // Forced: a repeated pack of unchanged files is otherwise skipped, and the benchmark would time the skip.
        return new PackRequest(trust, output, EnumSet.allOf(Format.class), null, 0L).forced(true);
    }

    static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
