package org.matreport.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one trust file's bytes into text, refusing what is not a small UTF-8 text file with a message that says what
 * to do. Checks run before parsing, so the YAML parser only ever sees decoded text of a bounded size.
 */
final class TrustFileReader {

    private final LoadLimits limits;
    private final Problems problems;

    TrustFileReader(LoadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    Optional<SourceText> read(Path path, String name) {
        if (Files.isDirectory(path)) {
            return refuse(name, "is a folder, not a file; trust files must be YAML files beside trust.yaml");
        }
        if (!Files.isRegularFile(path)) {
            return refuse(name, "is not a regular file; trust files must be ordinary YAML files");
        }
        byte[] bytes;
        try {
            bytes = readBounded(path);
        } catch (AccessDeniedException e) {
            return refuse(name, "cannot be read (permission denied); allow the user running matreport to read it");
        } catch (IOException e) {
            return refuse(name, "cannot be read; check that the file is not locked or damaged");
        }
        if (bytes == null) {
            return refuse(
                    name,
                    "is larger than the limit of " + limits.describeFileLimit()
                            + " per file; move some sections into other files beside it");
        }
        return decode(name, bytes);
    }

    /** Reads at most one byte past the limit, so that a huge or growing file costs nothing; null when over it. */
    private byte[] readBounded(Path path) throws IOException {
        if (Files.size(path) > limits.maxFileBytes()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            return bytes.length > limits.maxFileBytes() ? null : bytes;
        }
    }

    private Optional<SourceText> decode(String name, byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return refuse(name, "is saved as UTF-16; save it as UTF-8");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return refuse(name, "is a binary file (it holds NUL bytes); trust files are UTF-8 text");
            }
        }
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String good = out.toString();
            int line = 1 + (int) good.chars().filter(c -> c == '\n').count();
            String lastLine = good.substring(good.lastIndexOf('\n') + 1);
            int column = lastLine.codePointCount(0, lastLine.length()) + 1;
            int bad = bytes[in.position()] & 0xFF;
            problems.add(
                    new Location(name, line, column),
                    "",
                    String.format("is not valid UTF-8 (byte 0x%02X here); save the file as UTF-8", bad));
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            return refuse(name, "is empty; write at least one section, such as 'schools:', or delete the file");
        }
        return Optional.of(new SourceText(name, text));
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private Optional<SourceText> refuse(String name, String message) {
        problems.add(Location.ofFile(name), "", message);
        return Optional.empty();
    }
}
