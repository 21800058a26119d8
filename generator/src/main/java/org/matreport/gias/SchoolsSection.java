package org.matreport.gias;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Where a trust folder keeps its {@code schools} section, and that file's text with the section replaced. The rest of
 * the file (other sections, the comments above the section) is kept byte for byte. With no section anywhere, the
 * section goes into {@code schools.yaml}.
 */
record SchoolsSection(Path file, String text, int start, int end) {

    static final String DEFAULT_FILE = "schools.yaml";

    private static final java.util.regex.Pattern SECTION =
            java.util.regex.Pattern.compile("(?m)^schools[ \t]*:.*(\r?\n|$)");

    /** A key at the left margin starts the next section; so do document markers. */
    private static final java.util.regex.Pattern NEXT_SECTION =
            java.util.regex.Pattern.compile("(?m)^([A-Za-z_\"'][^\r\n]*:|---|\\.\\.\\.)");

    static SchoolsSection find(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
                    })
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher section = SECTION.matcher(text);
            if (section.find()) {
                Matcher next = NEXT_SECTION.matcher(text);
                int end = next.find(section.end()) ? next.start() : text.length();
                return new SchoolsSection(file, text, section.start(), backOverComments(text, section.end(), end));
            }
        }
        Path file = folder.resolve(DEFAULT_FILE);
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return new SchoolsSection(file, text, text.length(), text.length());
    }

    /** Comments and blank lines just before the next section belong to that section. */
    private static int backOverComments(String text, int from, int end) {
        String[] lines = text.substring(from, end).split("(?<=\n)", -1);
        int kept = end;
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i];
            if (line.isEmpty() || line.isBlank() || line.startsWith("#")) {
                kept -= line.length();
            } else {
                break;
            }
        }
        return kept;
    }

    /** The section's own text, from its key to where the next section's comments begin; empty when there is none. */
    String section() {
        return text.substring(start, end);
    }

    /** The whole file with the section replaced by {@code section}. */
    String replacedBy(String section) {
        String before = text.substring(0, start);
        if (!before.isEmpty() && !before.endsWith("\n")) {
            before += "\n";
        }
        String after = text.substring(end);
        return before + section + (after.isEmpty() || after.startsWith("\n") ? "" : "\n") + after;
    }
}
