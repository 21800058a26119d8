package org.matreport.render;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;

/**
 * How wide a table column needs to be, judged from the longest cell in it. Left to itself, a table gives nearly all
 * its width to the column with the longest sentence and squeezes a date or a rule's name into one word per line; a
 * class on each body cell lets the stylesheet keep short values on one line and give names a sensible minimum.
 */
enum ColumnWidth {
    /** Figures (counts, pupils, money, percentages): never wrapped, and right-aligned so their units line up. */
    NUMBER("short number"),
    /** Dates, codes and short states: never wrapped. */
    SHORT("short"),
    /** Names and short phrases: wrapped, but not to a word per line. */
    NAME("name"),
    /**
     * The labels of a table of two columns, a label beside its value (the operating model's governance): wide enough
     * for most labels to keep to one line, since the values beside them are mostly short.
     */
    LABEL("label"),
    /** Sentences: take whatever width is left. */
    TEXT(null);

    /** A figure as the pack writes one: {@code 1,050}, {@code 12.4}, {@code £764,400}, {@code 2.1%}. */
    private static final java.util.regex.Pattern FIGURE =
            java.util.regex.Pattern.compile("[£]?-?[0-9][0-9,]*(\\.[0-9]+)?%?");

    /** What a cell of a column of figures may say instead of a figure. */
    private static final java.util.Set<String> EMPTY = java.util.Set.of("–", "none", "not stated");

    private static final int SHORT_MOST = 18;
    private static final int SHORT_PHRASE_MOST = 12;
    private static final int NAME_MOST = 48;
    /** Longest label of a two-column table that still reads as a label rather than a sentence. */
    private static final int LABEL_MOST = 64;

    /** The class of a cell holding a word too long for a column of a page's width, which may break anywhere. */
    static final String LONG_WORD = "long-word";

    /**
     * Longer than any word a trust writes or a threshold's name, and long enough to crowd out a table's other
     * columns.
     */
    private static final int LONGEST_WORD = 32;

    private final String cssClass;

    ColumnWidth(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class for a body cell's column, or null when its column needs none. */
    String cssClass() {
        return cssClass;
    }

    /**
     * The width a body cell's column needs. The widths of every column of a table body are worked out once and kept
     * in {@code known}: a table of n rows would otherwise read its whole column again for each of its n cells.
     */
    static ColumnWidth of(TableCell cell, Map<TableBody, ColumnWidth[]> known) {
        Node row = cell.getParent();
        if (!(row instanceof TableRow) || !(row.getParent() instanceof TableBody body)) {
            return TEXT;
        }
        ColumnWidth[] columns = known.computeIfAbsent(body, ColumnWidth::columns);
        int column = indexOf(cell);
        return column < columns.length ? columns[column] : TEXT;
    }

    /** Whether a body cell holds a word of more than {@link #LONGEST_WORD} characters. */
    static boolean holdsLongWord(TableCell cell) {
        CharSequence text = cell.getText();
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > LONGEST_WORD) {
                return true;
            }
        }
        return false;
    }

    private static ColumnWidth[] columns(TableBody body) {
        int count = 0;
        for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
            int cells = 0;
            for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                cells++;
            }
            count = Math.max(count, cells);
        }
        int[] longest = new int[count];
        boolean[] wordsOnly = new boolean[count];
        boolean[] figures = new boolean[count];
        java.util.Arrays.fill(figures, true);
        boolean[] anyFigure = new boolean[count];
        for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
            int column = 0;
            for (Node c = r.getFirstChild(); c != null; c = c.getNext(), column++) {
                if (c instanceof TableCell cell) {
                    String text = cell.getText().trim().toString();
                    longest[column] = Math.max(longest[column], text.length());
                    wordsOnly[column] |= text.indexOf(' ') > 0 && text.chars().noneMatch(Character::isDigit);
                    if (FIGURE.matcher(text).matches()) {
                        anyFigure[column] = true;
                    } else if (!text.isEmpty() && !EMPTY.contains(text)) {
                        figures[column] = false;
                    }
                }
            }
        }
        boolean onlyColumn = onlyColumn(body);
        ColumnWidth[] widths = new ColumnWidth[count];
        for (int column = 0; column < count; column++) {
            widths[column] = figures[column] && anyFigure[column] && !onlyColumn
                    ? NUMBER
                    : judge(longest[column], wordsOnly[column], onlyColumn);
        }
        if (count == 2
                && widths[1] == TEXT
                && widths[0] != NUMBER
                && longest[0] <= LABEL_MOST
                && longest[0] > SHORT_MOST) {
            widths[0] = LABEL;
        }
        return widths;
    }

    private static ColumnWidth judge(int longest, boolean wordsOnly, boolean onlyColumn) {
        // A date or a number never wraps; a phrase of several words may, when the table is short of room.
        if (longest <= (wordsOnly ? SHORT_PHRASE_MOST : SHORT_MOST)) {
            return SHORT;
        }
        return longest <= NAME_MOST && !onlyColumn ? NAME : TEXT;
    }

    /** Whether a table has a column of sentences; one without can be printed compact. */
    static boolean hasText(TableBlock table) {
        for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableBody body) {
                for (ColumnWidth w : columns(body)) {
                    if (w == TEXT) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the column a header cell heads holds figures, judged from the body of its table. */
    static boolean headsFigures(TableCell header, Map<TableBody, ColumnWidth[]> known) {
        Node row = header.getParent();
        Node head = row == null ? null : row.getParent();
        Node body = head == null ? null : head.getNext();
        while (body != null && !(body instanceof TableBody)) {
            body = body.getNext();
        }
        if (!(body instanceof TableBody tableBody)) {
            return false;
        }
        ColumnWidth[] columns = known.computeIfAbsent(tableBody, ColumnWidth::columns);
        int column = indexOf(header);
        return column < columns.length && columns[column] == NUMBER;
    }

    private static boolean onlyColumn(TableBody body) {
        Node row = body.getFirstChild();
        return row == null || row.getFirstChild() == row.getLastChild();
    }

    private static int indexOf(Node cell) {
        int index = 0;
        for (Node c = cell.getPrevious(); c != null; c = c.getPrevious()) {
            index++;
        }
        return index;
    }
}
