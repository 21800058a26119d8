package org.matreport.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's CSV dialect and its two encodings. */
class CsvRowsTest {

    private static List<CsvRows.Row> rows(String text) throws Exception {
        List<CsvRows.Row> rows = new ArrayList<>();
        new CsvRows().parse(new StringReader(text), rows::add);
        return rows;
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
        List<CsvRows.Row> rows = rows("URN,Name\r\n100001,\"Mill Lane, \"\"Upper\"\"\r\nTown\"\r\n100002,Plain\r\n");
        assertEquals(3, rows.size());
        assertEquals(
                List.of("100001", "Mill Lane, \"Upper\"\r\nTown"), rows.get(1).fields());
        assertEquals(4, rows.get(2).line(), "the row after a quoted line break starts on line 4");
    }

    @Test
    void blankLinesAreSkippedAndCountedInEveryLineEnding() throws Exception {
        List<CsvRows.Row> rows = rows("URN,Name\n\n100001,\"A\nB\"\r\n\r\n\r100002,C\r100003,D");
        assertEquals(List.of(1, 3, 7, 8), rows.stream().map(CsvRows.Row::line).toList());
        assertEquals(List.of("100003", "D"), rows.get(3).fields(), "a last row without a line break");
    }

    @Test
    void aQuoteLeftOpenNamesTheLineItBeginsOnNotTheRows() throws Exception {
        CsvRows.MalformedCsvException open = assertThrows(
                CsvRows.MalformedCsvException.class,
                () -> rows("URN,Name,Town\n100001,\"Mill\nLane\",\"Upper\n100002,B,C\n"));
        assertEquals(3, open.line(), "the second quoted field of the row on line 2 opens on line 3");
        assertEquals("a quoted field begins here and is never closed", open.getMessage());
    }

    @Test
    void textAfterAClosingQuoteOnTheRowAfterAQuotedLineBreakNamesItsOwnLine() throws Exception {
        CsvRows.MalformedCsvException stray = assertThrows(
                CsvRows.MalformedCsvException.class,
                () -> rows("URN,Name\n100001,\"Mill\nLane\"\n100002,\"Upper\"Town\n"));
        assertEquals(4, stray.line());
        assertEquals(
                "text after the quote that closes a field begun on line 4;"
                        + " a quote inside a quoted field is written twice (\"\")",
                stray.getMessage());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws Exception {
        assertEquals(
                List.of("100001", "St Mary's \"Upper\" School"),
                rows("100001,St Mary's \"Upper\" School\n").get(0).fields());
    }

    @Test
    void windows1252IsToldFromUtf8() throws Exception {
        String name = "Brontë Academy";
        assertEquals(Charset.forName("windows-1252"), charsetOf(name.getBytes(Charset.forName("windows-1252"))));
        assertEquals(StandardCharsets.UTF_8, charsetOf(name.getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, charsetOf(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}));
        byte[] late = new byte[20_000];
        java.util.Arrays.fill(late, (byte) 'a');
        late[19_999] = (byte) 0xeb;
        assertEquals(Charset.forName("windows-1252"), charsetOf(late), "a Windows-1252 byte past the first buffer");
    }

    private static Charset charsetOf(byte[] bytes) throws Exception {
        return RegisterFile.charsetOf(new ByteArrayInputStream(bytes));
    }
}
