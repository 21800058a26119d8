package org.matreport.render;

import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

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

    private final String cssClass;

    ColumnWidth(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class for a body cell's column, or null when its column needs none. */
    String cssClass() {
        return cssClass;
    }

    static ColumnWidth of(TableCell cell) {
        Node row = cell.getParent();
        if (!(row instanceof TableRow) || !(row.getParent() instanceof TableBody body)) {
            return TEXT;
        }
        int column = indexOf(cell);
        int longest = 0;
        boolean wordsOnly = false;
        for (Node r = body.getFirstChild(); r != null; r = r.getNext()) {
            Node other = cellAt(r, column);
            if (other instanceof TableCell c) {
                String text = c.getText().trim().toString();
                longest = Math.max(longest, text.length());
                wordsOnly |= text.indexOf(' ') > 0 && text.chars().noneMatch(Character::isDigit);
            }
        }
        // A date or a number never wraps; a phrase of several words may, when the table is short of room.
        if (longest <= (wordsOnly ? SHORT_PHRASE_MOST : SHORT_MOST)) {
            return SHORT;
        }
        return longest <= NAME_MOST && !onlyColumn(body) ? NAME : TEXT;
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

    private static Node cellAt(Node row, int column) {
        Node cell = row.getFirstChild();
        for (int i = 0; i < column && cell != null; i++) {
            cell = cell.getNext();
        }
        return cell;
    }
}
