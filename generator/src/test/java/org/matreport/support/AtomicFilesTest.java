package org.matreport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path out;

    @Test
    void replacesEveryFileAndLeavesNoTemporaryFile() throws IOException {
        Files.writeString(out.resolve("pack.md"), "old markdown");
        List<Path> written = AtomicFiles.write(out, files("new markdown", "new html"));
        assertEquals(List.of(out.resolve("pack.md"), out.resolve("pack.html")), written);
        assertEquals("new markdown", Files.readString(out.resolve("pack.md")));
        assertEquals("new html", Files.readString(out.resolve("pack.html")));
        assertEquals(List.of("pack.html", "pack.md"), names());
    }

    @Test
    void whenOneFileCannotBePutInPlaceTheOthersGetTheirPreviousContentBack() throws IOException {
        Files.writeString(out.resolve("pack.md"), "old markdown");
        // A folder where the second file belongs cannot be replaced by a file, so the second move fails.
        Files.writeString(Files.createDirectories(out.resolve("pack.html")).resolve("keep"), "x");

        assertThrows(IOException.class, () -> AtomicFiles.write(out, files("new markdown", "new html")));

        assertEquals("old markdown", Files.readString(out.resolve("pack.md")), "the pack is not half replaced");
        assertEquals(List.of("pack.html", "pack.md"), names(), "no temporary or saved copy is left behind");
    }

    @Test
    void aFileThatDidNotExistBeforeIsRemovedWhenTheSetFails() throws IOException {
        Files.writeString(Files.createDirectories(out.resolve("pack.html")).resolve("keep"), "x");

        assertThrows(IOException.class, () -> AtomicFiles.write(out, files("new markdown", "new html")));

        assertEquals(List.of("pack.html"), names(), "the new Markdown does not stay without its HTML");
    }

    private static Map<String, byte[]> files(String markdown, String html) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pack.md", markdown.getBytes());
        files.put("pack.html", html.getBytes());
        return files;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
