package org.matreport.engine;

import java.nio.file.Path;
import java.util.Set;

/**
 * What to render: the trust folder, where to write, which formats, an optional folder of templates that replace
 * built-in ones by name, and the instant (seconds since 1970) stamped into the PDF, or {@code null} to derive it.
 */
public record PackRequest(
        Path trustFolder, Path outputFolder, Set<Format> formats, Path templatesFolder, Long sourceDateEpoch) {

    public PackRequest {
        formats = Set.copyOf(formats);
    }
}
