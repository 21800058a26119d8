package org.matreport.text;

/**
 * Turns a free-text value from the trust's YAML into Markdown that prints exactly that text. Trust staff type these
 * values, so a {@code |} must not end a table cell, a {@code *} or {@code _} must not start emphasis and a {@code <}
 * must never reach the page as HTML. Line breaks are folded into spaces: a value always stays inside the paragraph,
 * list item or cell the template put it in; a bare {@code http://} or {@code www.} address does not become a link; and
 * a value that could reorder the text around it (a right-to-left
 * override, Arabic letters) is isolated from it.
 */
public final class MarkdownEscaper {

    /** Characters that mean something anywhere in a line of GitHub-flavoured Markdown. */
    private static final String ALWAYS = "\\`*_[]<>|&~";

    /** Characters that only mean something at the start of a line (headings, lists, block quotes, setext rules). */
    private static final String AT_START = "#-+=";

    private MarkdownEscaper() {}

    public static String escape(String text) {
        String folded = Bidi.isolate(fold(text));
        StringBuilder out = new StringBuilder(folded.length() + 8);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean special = ALWAYS.indexOf(c) >= 0
                    || (i == 0 && AT_START.indexOf(c) >= 0)
                    || isListNumberEnd(folded, i)
                    || opensAutolink(folded, i);
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
     * The {@code :} of a bare {@code http://} or {@code ftp://} address, or the {@code .} of {@code www.}, which GitHub
     * would turn into a link of its own accord. Escaped, they print the same but link nowhere, so that the only links
     * in a pack are the https and mailto ones a trust writes on purpose.
     */
    private static boolean opensAutolink(String text, int i) {
        char c = text.charAt(i);
        if (c == ':') {
            return text.startsWith("//", i + 1) && (endsWith(text, i, "http") || endsWith(text, i, "ftp"));
        }
        return c == '.' && endsWith(text, i, "www");
    }

    /** Whether the text just before {@code end} is {@code word}, in any case. */
    private static boolean endsWith(String text, int end, String word) {
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length());
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
