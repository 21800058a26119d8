package org.matreport.gias;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields (RFC 4180, the dialect of the register's extracts): fields separated by commas,
 * optionally in double quotes, where a quoted field may hold commas, line breaks and doubled quotes. Each row keeps
 * the line it starts on, so that a problem can name it.
 */
final class CsvRows {

    /** One row and the line of the file it starts on. */
    record Row(int line, List<String> fields) {}

    /** A quote left open or a stray quote: the row and what to do. */
    static final class MalformedCsvException extends Exception {

        private static final long serialVersionUID = 1L;

        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    List<Row> parse(String text) throws MalformedCsvException {
        List<Row> rows = new ArrayList<>();
        parse(text, rows::add);
        return rows;
    }

    /** Hands each row over as it is read, so that a large extract need not be held whole as fields. */
    void parse(String text, java.util.function.Consumer<Row> rows) throws MalformedCsvException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addUnlessBlank(rows, rowStart, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                afterQuote = false;
                line++;
                rowStart = line;
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
                quoteLine = line;
            } else if (afterQuote) {
                throw new MalformedCsvException(
                        line,
                        "text after the quote that closes a field begun on line " + quoteLine
                                + "; a quote inside a quoted field is written twice (\"\")");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException(quoteLine, "a quoted field begins here and is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(rows, rowStart, fields);
        }
    }

    private static void addUnlessBlank(java.util.function.Consumer<Row> rows, int line, List<String> fields) {
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
            return;
        }
        rows.accept(new Row(line, List.copyOf(fields)));
    }
}
