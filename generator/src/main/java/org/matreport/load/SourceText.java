package org.matreport.load;

/** The text of one trust file, decoded and without its byte order mark, with its name relative to the folder. */
record SourceText(String file, String text) {

    /**
     * The character at a parser's 1-based line and column (columns count code points), or 0 when out of range. Used
     * to see what starts a node: an anchor's '&amp;' or a quote.
     */
    int charAt(int line, int column) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return 0;
            }
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        String row = text.substring(start, end < 0 ? text.length() : end);
        if (column < 1 || row.codePointCount(0, row.length()) < column) {
            return 0;
        }
        return row.codePointAt(row.offsetByCodePoints(0, column - 1));
    }
}
