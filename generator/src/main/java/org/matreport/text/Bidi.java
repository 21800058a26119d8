package org.matreport.text;

/** The invisible characters that change how the text around them is ordered or joined. */
public final class Bidi {

    private Bidi() {}

    /** Embeddings, overrides, isolates and the directional marks: they reorder what follows them. */
    public static boolean isControl(char c) {
        return (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f'
                || c == '\u061c';
    }
}
