package org.matreport.render;

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
    /** Dates, codes, numbers and short states: never wrapped. */
    SHORT("short"),
    /** Names and short phrases: wrapped, but not to a word per line. */
    NAME("name"),
    /** Sentences: take whatever width is left. */
    TEXT(null);

    private static final int SHORT_MOST = 18;
    private static final int SHORT_PHRASE_MOST = 12;
    private static final int NAME_MOST = 48;

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
        for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
            int column = 0;
            for (Node c = r.getFirstChild(); c != null; c = c.getNext(), column++) {
                if (c instanceof TableCell cell) {
                    String text = cell.getText().trim().toString();
                    longest[column] = Math.max(longest[column], text.length());
                    wordsOnly[column] |= text.indexOf(' ') > 0 && text.chars().noneMatch(Character::isDigit);
                }
            }
        }
        boolean onlyColumn = onlyColumn(body);
        ColumnWidth[] widths = new ColumnWidth[count];
        for (int column = 0; column < count; column++) {
            widths[column] = judge(longest[column], wordsOnly[column], onlyColumn);
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
