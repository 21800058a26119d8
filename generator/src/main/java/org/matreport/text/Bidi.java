package org.matreport.text;

/**
 * The invisible characters that change how the text around them is ordered, and the isolation that keeps them to
 * their own value. A name ending in a right-to-left override would otherwise print everything after it backwards:
 * the rest of its table, or the running header on every page.
 */
public final class Bidi {

    /** First strong isolate: the text inside takes its direction from its own first letter. */
    public static final char FIRST_STRONG_ISOLATE = '\u2068';

    public static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private static final char POP_DIRECTIONAL_FORMATTING = '\u202c';

    private Bidi() {}

    /** Embeddings, overrides, isolates and the directional marks: they reorder what follows them. */
    public static boolean isControl(char c) {
        return (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f'
                || c == '\u061c';
    }

    /**
     * A value from the trust's files, isolated from the text around it when it could reorder that text: when it holds
     * a bidi control or a right-to-left letter. The embeddings and isolates it leaves open are closed inside the
     * isolate, for renderers that know embeddings but not isolates. Other values come back as they are, so that a
     * pack in Latin letters is unchanged.
     */
    public static String isolate(String text) {
        if (text == null || !needsIsolation(text)) {
            return text;
        }
        int embeddings = 0;
        int isolates = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202a' && c <= '\u202e' && c != POP_DIRECTIONAL_FORMATTING) {
                embeddings++;
            } else if (c == POP_DIRECTIONAL_FORMATTING && embeddings > 0) {
                embeddings--;
            } else if (c >= '\u2066' && c <= '\u2068') {
                isolates++;
                embeddings = 0; // closing an isolate closes the embeddings opened inside it
            } else if (c == POP_DIRECTIONAL_ISOLATE && isolates > 0) {
                isolates--;
            }
        }
        return FIRST_STRONG_ISOLATE
                + text
                + String.valueOf(POP_DIRECTIONAL_FORMATTING).repeat(embeddings)
                + String.valueOf(POP_DIRECTIONAL_ISOLATE).repeat(isolates)
                + POP_DIRECTIONAL_ISOLATE;
    }

    private static boolean needsIsolation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return true;
            }
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
