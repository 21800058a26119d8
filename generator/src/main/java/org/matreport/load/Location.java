package org.matreport.load;

/** A place in a trust file: the file's path relative to the trust folder, and a 1-based line and column. */
public record Location(String file, int line, int column) implements Comparable<Location> {

    /** A place in a file as a whole, where no line applies (an unreadable or empty file). */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    /** {@code schools.yaml:12:5}, or the file alone when there is no line. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
