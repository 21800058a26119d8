package org.matreport.load;

/**
 * How much the loader reads before it refuses, so that a hostile or mistaken folder ends in a clear message rather
 * than a hang or an out-of-memory error.
 *
 * @param maxFileBytes the size of one YAML file, in bytes
 * @param maxFiles how many YAML files a trust folder may hold
 * @param maxDepth how deeply mappings and lists may nest
 * @param maxProblems how many problems are listed before the rest are counted
 */
public record LoadLimits(long maxFileBytes, int maxFiles, int maxDepth, int maxProblems) {

    public static final long MIB = 1024 * 1024;

    public LoadLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxDepth < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("every load limit must be at least 1");
        }
    }

    /** Far above any real trust: a 1,000-school trust writes well under 1 MiB. */
    public static LoadLimits defaults() {
        return new LoadLimits(4 * MIB, 64, 64, 200);
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxFiles, maxDepth, maxProblems);
    }

    public LoadLimits withMaxDepth(int depth) {
        return new LoadLimits(maxFileBytes, maxFiles, depth, maxProblems);
    }

    /** The YAML parser counts code points, never more than bytes in UTF-8; the same figure keeps both limits in step. */
    public int maxCodePoints() {
        return (int) Math.min(Integer.MAX_VALUE, maxFileBytes);
    }

    /** {@code 4 MiB}, {@code 512 bytes}: the limit in words for messages. */
    public String describeFileLimit() {
        if (maxFileBytes % MIB == 0) {
            return maxFileBytes / MIB + " MiB";
        }
        if (maxFileBytes % 1024 == 0) {
            return maxFileBytes / 1024 + " KiB";
        }
        return maxFileBytes + " bytes";
    }
}
