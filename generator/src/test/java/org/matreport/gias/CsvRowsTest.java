package org.matreport.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's CSV dialect and its two encodings. */
class CsvRowsTest {

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
        List<CsvRows.Row> rows =
                new CsvRows().parse("URN,Name\r\n100001,\"Mill Lane, \"\"Upper\"\"\r\nTown\"\r\n100002,Plain\r\n");
        assertEquals(3, rows.size());
        assertEquals(
                List.of("100001", "Mill Lane, \"Upper\"\r\nTown"), rows.get(1).fields());
        assertEquals(4, rows.get(2).line(), "the row after a quoted line break starts on line 4");
    }

    @Test
    void windows1252IsToldFromUtf8() {
        String name = "Brontë Academy";
        assertEquals(
                Charset.forName("windows-1252"),
                RegisterFile.charsetOf(name.getBytes(Charset.forName("windows-1252"))));
        assertEquals(StandardCharsets.UTF_8, RegisterFile.charsetOf(name.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                StandardCharsets.UTF_8, RegisterFile.charsetOf(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}));
    }
}
