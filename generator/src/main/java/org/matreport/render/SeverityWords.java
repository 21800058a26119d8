package org.matreport.render;

import org.matreport.model.Severity;
import org.matreport.text.Words;

/** A severity as the body of the pack says it: "information", never the catalogue's short word "info". */
final class SeverityWords {

    private SeverityWords() {}

    static String word(Severity severity) {
        return severity == Severity.INFO ? "information" : severity.label();
    }

    /** {@code 2 errors}, {@code 1 warning}, {@code 3 pieces of information}. */
    static String counted(long n, Severity severity) {
        return switch (severity) {
            case ERROR -> Words.plural(n, "error", "errors");
            case WARNING -> Words.plural(n, "warning", "warnings");
            case INFO -> Words.plural(n, "piece of information", "pieces of information");
        };
    }
}
