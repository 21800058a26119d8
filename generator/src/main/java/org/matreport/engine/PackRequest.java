package org.matreport.engine;

import java.nio.file.Path;
import java.util.Set;

/**
 * What to render: the trust folder, where to write, which formats, an optional folder of templates that replace
 * built-in ones by name, the instant (seconds since 1970) stamped into the PDF, or {@code null} to derive it, and
 * optionally the git revision of the last pack, whose changes get a section of their own.
 */
public record PackRequest(
        Path trustFolder,
        Path outputFolder,
        Set<Format> formats,
        Path templatesFolder,
        Long sourceDateEpoch,
        String since) {

    public PackRequest {
        formats = Set.copyOf(formats);
        since = since == null || since.isBlank() ? null : since.strip();
    }

    /** A pack without a "Changes since the last pack" section. */
    public PackRequest(
            Path trustFolder, Path outputFolder, Set<Format> formats, Path templatesFolder, Long sourceDateEpoch) {
        this(trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, null);
    }
}
