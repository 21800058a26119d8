package org.matreport.load;

import java.util.Arrays;

/** The text of one trust file, decoded and without its byte order mark, with its name relative to the folder. */
final class SourceText {

    private final String file;
    private final String text;

    /**
     * Where each line starts, so that looking a node up costs the same on line 5 as on line 50,000; scanning from the
     * top for every node made a 1,000-school file take seconds.
     */
    private final int[] lineStarts;

    SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    String file() {
        return file;
    }

    String text() {
        return text;
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

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
