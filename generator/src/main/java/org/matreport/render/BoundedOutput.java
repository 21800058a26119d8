package org.matreport.render;

import java.io.IOException;
import java.io.Writer;

/**
 * A template's output, refused beyond a size no pack reaches, so that a loop without end ({@code <#list 1.. as i>})
 * stops with a message rather than filling the memory.
 */
final class BoundedOutput extends Writer {

    /** Far beyond a 2,000-school pack's HTML (a few MiB of text). */
    static final int MOST_CHARS = 64 * 1024 * 1024;

    private final StringBuilder text = new StringBuilder();
    private final int most;

    BoundedOutput(int most) {
        this.most = most;
    }

    /** Thrown when the template writes more than the limit; the template's name is added by the caller. */
    static final class TooLarge extends IOException {
        TooLarge(int most) {
            super("wrote more than " + most / (1024 * 1024) + " million characters");
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (text.length() + (long) length > most) {
            throw new TooLarge(most);
        }
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        if (text.length() + (long) length > most) {
            throw new TooLarge(most);
        }
        text.append(string, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return text.toString();
    }
}
