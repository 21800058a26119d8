package org.matreport.text;

/**
 * Turns a free-text value from the trust's YAML into Markdown that prints exactly that text. Trust staff type these
 * values, so a {@code |} must not end a table cell, a {@code *} or {@code _} must not start emphasis and a {@code <}
 * must never reach the page as HTML. Line breaks are folded into spaces: a value always stays inside the paragraph,
 * list item or cell the template put it in.
 */
public final class MarkdownEscaper {

    /** Characters that mean something anywhere in a line of GitHub-flavoured Markdown. */
    private static final String ALWAYS = "\\`*_[]<>|&~";

    /** Characters that only mean something at the start of a line (headings, lists, block quotes, setext rules). */
    private static final String AT_START = "#-+=";

    private MarkdownEscaper() {}

    public static String escape(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length() + 8);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean special =
                    ALWAYS.indexOf(c) >= 0 || (i == 0 && AT_START.indexOf(c) >= 0) || isListNumberEnd(folded, i);
            if (special) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Collapses every run of whitespace and control characters to one space, and trims the ends. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The {@code .} or {@code )} in {@code 2026. Then} at the start of a value, which would open an ordered list;
     * not the one in {@code 18.5}, which cannot.
     */
    private static boolean isListNumberEnd(String text, int i) {
        char c = text.charAt(i);
        if ((c != '.' && c != ')') || i == 0 || (i + 1 < text.length() && text.charAt(i + 1) != ' ')) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (!Character.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
