package org.matreport.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.matreport.TestFiles;

/** A writable copy of the example trust for a preview to watch, and edits to it as staff would save them. */
final class PreviewFolders {

    static final Path EXAMPLE = Path.of("..", "example-trust");

    /** Long enough for any machine, however loaded; only a preview that never updates reaches it. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private PreviewFolders() {}

    static Path example(Path temp) throws IOException {
        return TestFiles.copy(EXAMPLE, temp.resolve("trust"));
    }

    /** Replaces the first {@code from} in the file with {@code to}, as an editor's save would. */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not hold " + from);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    /** Waits until the preview has moved past {@code revision}; a preview that never does fails the test. */
    static long awaitRevisionAfter(Preview preview, long revision) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (preview.revision() <= revision) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the preview stayed at revision " + revision + " after the edit");
            }
            Thread.sleep(10);
        }
        return preview.revision();
    }
}
