package org.matreport.gias;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text row by row (RFC 4180, the dialect of the register's extracts, through Apache Commons CSV): fields
 * separated by commas, optionally in double quotes, where a quoted field may hold commas, line breaks and doubled
 * quotes. Each row keeps the line it starts on, so that a problem can name it.
 */
final class CsvRows {

    /**
     * Blank lines are kept as rows of one empty field and skipped here: the parser would otherwise swallow them while
     * reading the next row, and the line counted before that row would point at the blank line.
     */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /**
     * Commons CSV tells where a quoted field left open began only in its message ({@code "(startline 2) EOF reached
     * before encapsulated token finished"}), with the number formatted in the default locale.
     */
    private static final Pattern OPEN_QUOTE = Pattern.compile("\\(startline ([^)]*)\\) EOF");

    private static final Pattern INVALID_AFTER_QUOTE = Pattern.compile("Invalid char\\w* between encapsulated token");

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

    /**
     * Hands each row over as it is read, so that a large extract is never held whole. An {@link IOException} is the
     * reader's own failure; a fault in the CSV itself is a {@link MalformedCsvException} naming its line.
     */
    void parse(Reader text, Consumer<Row> rows) throws MalformedCsvException, IOException {
        try (CSVParser parser =
                CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int rowStart = 1;
            try {
                while (true) {
                    // Counted before the row is read: the line breaks inside quoted fields of this row come after.
                    rowStart = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
                    if (!records.hasNext()) {
                        return;
                    }
                    CSVRecord record = records.next();
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue;
                    }
                    rows.accept(new Row(rowStart, record.toList()));
                }
            } catch (UncheckedIOException e) {
                throw malformed(e.getCause(), rowStart, parser);
            }
        }
    }

    /** Today's wording for the two faults the parser finds; any other failure is the reader's. */
    private static MalformedCsvException malformed(IOException cause, int rowStart, CSVParser parser)
            throws IOException {
        if (cause instanceof CSVException) {
            String message = String.valueOf(cause.getMessage());
            Matcher open = OPEN_QUOTE.matcher(message);
            if (open.find()) {
                return new MalformedCsvException(
                        lineIn(open.group(1), rowStart), "a quoted field begins here and is never closed");
            }
            if (INVALID_AFTER_QUOTE.matcher(message).find()) {
                // The parser stops on the stray character, so its line count is that character's line.
                int line = Math.toIntExact(parser.getCurrentLineNumber());
                return new MalformedCsvException(
                        line,
                        "text after the quote that closes a field begun on line "
                                + (line == rowStart ? Integer.toString(line) : rowStart + " or later")
                                + "; a quote inside a quoted field is written twice (\"\")");
            }
            return new MalformedCsvException(rowStart, "cannot be read as CSV (" + message + ")");
        }
        throw cause;
    }

    /** The digits of a line number formatted in any locale; the row's first line if there are none. */
    private static int lineIn(String formatted, int rowStart) {
        String digits = formatted.replaceAll("\\D", "");
        return digits.isEmpty() ? rowStart : Integer.parseInt(digits);
    }
}
