package org.matreport.support;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A format the pack is written in; the extension is also the word users type. */
public enum Format {
    MARKDOWN("md"),
    HTML("html"),
    PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Reads {@code md,html,pdf} (any order, any case, spaces allowed). */
    public static Set<Format> parseList(String text) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String word : text.split(",")) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            formats.add(Stream.of(values())
                    .filter(f -> f.extension.equals(w)
                            || f.name().toLowerCase(Locale.ROOT).equals(w))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown format '" + word.trim() + "'; use one or more of " + allowed())));
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format given; use one or more of " + allowed());
        }
        return formats;
    }

    public static String allowed() {
        return Stream.of(values()).map(Format::extension).collect(Collectors.joining(", "));
    }
}
