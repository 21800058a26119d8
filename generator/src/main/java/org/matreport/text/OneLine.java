package org.matreport.text;

/**
 * Text from the trust's files made safe for a line of a terminal or build log. Names and messages come from files
 * anyone with write access can change; a line break in one would let it forge a line of its own (a CI runner reads
 * {@code ::error ...} at the start of a line as a command), and an escape sequence would drive the terminal. Every
 * control character, line or paragraph separator and bidirectional control is shown as its escape ({@code \n},
 * {@code \u001b}, {@code \u202e}), so that one finding or problem is always one line and reads as written.
 */
public final class OneLine {

    private OneLine() {}

    /** The text with every character that could break, hide or reorder the line shown as an escape. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder line = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape == null) {
                if (line != null) {
                    line.append(c);
                }
            } else {
                if (line == null) {
                    line = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                line.append(escape);
            }
        }
        return line == null ? text : line.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> unsafe(c) ? String.format("\\u%04x", (int) c) : null;
        };
    }

    /** C0 and C1 controls (ESC, BEL, NEL), DEL, the line and paragraph separators, and bidi controls. */
    static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || Bidi.isControl(c);
    }
}
