package org.matreport.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.InvalidRequestException;

/** An extract read from a file as the register publishes it: byte-order mark, Windows line endings, two encodings. */
class RegisterFileTest {

    private static final List<String> COLUMNS = List.of("URN", "EstablishmentName", "NumberOfPupils");

    @TempDir
    Path temp;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] utf8WithByteOrderMark(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstColumnAndWindowsLineEndingsAreNoPartOfTheLast() throws Exception {
        Path file = write(
                "edubasealldata.csv",
                utf8WithByteOrderMark("URN,EstablishmentName,NumberOfPupils\r\n"
                        + "141201,\"Kestrel Brook, \"\"Upper\"\"\r\nSite\",425\r\n"
                        + "141202,Ysgol Tŷ Newydd,180\r\n"));
        RegisterFile extract = RegisterFile.read(file, COLUMNS);
        assertEquals(StandardCharsets.UTF_8, extract.charset());
        List<RegisterFile.Record> records = extract.records();
        assertEquals(2, records.size());
        assertEquals("141201", records.get(0).get("URN"), "the first column is found despite the mark");
        assertEquals("Kestrel Brook, \"Upper\"\r\nSite", records.get(0).get("EstablishmentName"));
        assertEquals("425", records.get(0).get("NumberOfPupils"), "no carriage return left on the last column");
        assertEquals("Ysgol Tŷ Newydd", records.get(1).get("EstablishmentName"));
        assertEquals("edubasealldata.csv:4", records.get(1).where(), "the row after a quoted line break");
    }

    @Test
    void aWindows1252ExtractIsReadAsSuch() throws Exception {
        Path file = write(
                "links.csv",
                "URN,EstablishmentName,NumberOfPupils\n141213,Brontë Moor Academy,180\n"
                        .getBytes(Charset.forName("windows-1252")));
        RegisterFile extract = RegisterFile.read(file, COLUMNS);
        assertEquals(Charset.forName("windows-1252"), extract.charset());
        assertEquals("Brontë Moor Academy", extract.records().get(0).get("EstablishmentName"));
    }

    @Test
    void aFaultOnTheRowAfterAQuotedLineBreakNamesThatRowsLine() throws Exception {
        Path file = write(
                "broken.csv",
                ("URN,EstablishmentName,NumberOfPupils\r\n141201,\"Kestrel\r\nBrook\",425\r\n"
                                + "141202,\"Beck\"side,180\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> RegisterFile.read(file, COLUMNS));
        assertEquals(
                file + ":4: text after the quote that closes a field begun on line 4;"
                        + " a quote inside a quoted field is written twice (\"\")",
                e.getMessage());
    }

    @Test
    void aQuoteLeftOpenNamesTheLineItOpensOn() throws Exception {
        Path file = write(
                "open.csv",
                utf8WithByteOrderMark("URN,EstablishmentName,NumberOfPupils\r\n141201,Kestrel,425\r\n"
                        + "141202,\"Beckside,180\r\n141203,Heron,90\r\n"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> RegisterFile.read(file, COLUMNS));
        assertEquals(file + ":3: a quoted field begins here and is never closed", e.getMessage());
    }

    @Test
    void anExtractOfBlankLinesIsEmpty() throws Exception {
        Path file = write("blank.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> RegisterFile.read(file, COLUMNS));
        assertEquals(file + ": empty; give the register's CSV extract", e.getMessage());
    }
}
