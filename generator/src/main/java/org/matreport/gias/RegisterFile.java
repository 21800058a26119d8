package org.matreport.gias;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matreport.support.InvalidRequestException;

/**
 * One CSV extract of the national register: its header and its rows, each field found by column name. The file is
 * read as a stream and only the columns asked for are kept.
 * The register has published its extracts in Windows-1252 in some years and UTF-8 in others, so the text is taken as
 * UTF-8 when it has a byte-order mark or is valid UTF-8, and as Windows-1252 otherwise.
 */
final class RegisterFile {

    /** The full establishment extract is about 60 MB; far beyond that is not an extract. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final Map<String, Integer> columns;
    private final List<CsvRows.Row> rows;
    private final Charset charset;

    private RegisterFile(Path file, Map<String, Integer> columns, List<CsvRows.Row> rows, Charset charset) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
        this.charset = charset;
    }

    /** Reads the extract and checks that it has every column named. */
    static RegisterFile read(Path file, List<String> required) throws InvalidRequestException {
        Keeper keeper = new Keeper(required);
        Charset charset;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidRequestException(file + ": no such file; give the register's CSV extract");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidRequestException(
                        file + ": over " + MAX_BYTES / (1024 * 1024) + " MB; give the register's CSV extract");
            }
            charset = charsetOf(file);
            try (Reader text = withoutByteOrderMark(
                    new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset)))) {
                new CsvRows().parse(text, keeper);
            }
        } catch (CsvRows.MalformedCsvException e) {
            throw new InvalidRequestException(file + ":" + e.line() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidRequestException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (keeper.header == null) {
            throw new InvalidRequestException(file + ": empty; give the register's CSV extract");
        }
        List<String> missing =
                required.stream().filter(c -> !keeper.header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(file + ":1: missing column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing.stream().map(c -> "'" + c + "'").toList())
                    + "; is this the right extract?");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < required.size(); i++) {
            columns.put(required.get(i), i);
        }
        return new RegisterFile(file, Map.copyOf(columns), keeper.rows, charset);
    }

    /**
     * Keeps only the columns asked for: the full extract has well over a hundred, and holding them all would take
     * several times the file's size in memory.
     */
    private static final class Keeper implements java.util.function.Consumer<CsvRows.Row> {
        private final List<String> wanted;
        private final List<CsvRows.Row> rows = new ArrayList<>();
        private List<String> header;
        private int[] indexes;

        Keeper(List<String> wanted) {
            this.wanted = wanted;
        }

        @Override
        public void accept(CsvRows.Row row) {
            if (header == null) {
                header = row.fields().stream().map(String::strip).toList();
                indexes = wanted.stream().mapToInt(header::indexOf).toArray();
                return;
            }
            List<String> kept = new ArrayList<>(indexes.length);
            for (int index : indexes) {
                kept.add(
                        index >= 0 && index < row.fields().size() ? row.fields().get(index) : "");
            }
            rows.add(new CsvRows.Row(row.line(), kept));
        }
    }

    /**
     * UTF-8 when marked or valid as UTF-8 (plain ASCII included), else Windows-1252. Decodes the whole stream to know,
     * a buffer at a time, so that the file is read twice but never held.
     */
    static Charset charsetOf(InputStream bytes) throws IOException {
        InputStream in = bytes.markSupported() ? bytes : new BufferedInputStream(bytes);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        in.reset();
        Reader decoded = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        char[] buffer = new char[8192];
        try {
            while (decoded.read(buffer) >= 0) {
                // only whether every byte decodes matters
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static Charset charsetOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return charsetOf(in);
        }
    }

    /** The register's UTF-8 extracts may begin with a byte-order mark, which is no part of the first column's name. */
    private static Reader withoutByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        return text;
    }

    Path file() {
        return file;
    }

    Charset charset() {
        return charset;
    }

    /** Every data row as a record, with the line it starts on. */
    List<Record> records() {
        List<Record> records = new ArrayList<>(rows.size());
        for (CsvRows.Row row : rows) {
            records.add(new Record(row.line(), row.fields()));
        }
        return records;
    }

    /** A data row whose fields are read by column name; a column the row is short of reads as empty. */
    final class Record {
        private final int line;
        private final List<String> fields;

        private Record(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        int line() {
            return line;
        }

        /** {@code edubasealldata.csv:45}, for messages. */
        String where() {
            return file.getFileName() + ":" + line;
        }

        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= fields.size()
                    ? ""
                    : fields.get(index).strip();
        }
    }
}
