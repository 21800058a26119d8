package org.matreport.load;

import java.util.Arrays;

/**
 * The text of one trust file, decoded and without its byte order mark, with its name relative to the folder. Where
 * each line starts is found once, so that asking for the character at a node stays cheap in a file of a million
 * lines.
 */
final class SourceText {

    private final String file;
    private final String text;
    private final int[] lineStarts;

    SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        int[] starts = new int[16];
        int lines = 0;
        starts[lines++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
    }

    String file() {
        return file;
    }

    String text() {
        return text;
    }

    /**
     * Where the first line indented with a non-breaking space has it, as {line, column}, or null. Word processors
     * and web pages put these in text that is pasted into YAML; they look like spaces but YAML reads them as text.
     */
    int[] nonBreakingIndent() {
        for (int line = 0; line < lineStarts.length; line++) {
            for (int i = lineStarts[line]; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u00A0') {
                    return new int[] {line + 1, i - lineStarts[line] + 1};
                }
                if (c != ' ' && c != '\t' && c != '-') {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Where the first character YAML does not allow raw is, as {line, column, code point}, or null: every control
     * character but tab, line feed, carriage return and next line, and the noncharacters U+FFFE and U+FFFF. Columns
     * count code points, as the parser's do.
     */
    int[] firstUnprintable() {
        int line = 0;
        int column = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (!printable(c)) {
                return new int[] {line + 1, column, c};
            }
        }
        return null;
    }

    /** YAML 1.1's printable characters, which SnakeYAML enforces; a lone surrogate is left to the decoder. */
    private static boolean printable(int c) {
        return c == '\t'
                || c == '\r'
                || c == 0x85
                || (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xFFFD)
                || c >= 0x10000;
    }

    /**
     * The character at a parser's 1-based line and column (columns count code points), or 0 when out of range. Used
     * to see what starts a node: an anchor's '&amp;' or a quote.
     */
    int charAt(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return 0;
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        int offset;
        try {
            offset = text.offsetByCodePoints(start, column - 1);
        } catch (IndexOutOfBoundsException e) {
            return 0;
        }
        return offset < end ? text.codePointAt(offset) : 0;
    }
}
