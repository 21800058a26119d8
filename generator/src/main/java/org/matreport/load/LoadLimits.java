package org.matreport.load;

import java.util.Map;
import java.util.function.Function;

/**
 * How much the loader reads before it refuses, so that a hostile or mistaken folder ends in a clear message rather
 * than a hang or an out-of-memory error.
 *
 * @param maxFileBytes the size of one YAML file, in bytes
 * @param maxFiles how many YAML files a trust folder may hold
 * @param maxDepth how deeply mappings and lists may nest
 * @param maxProblems how many problems are listed before the rest are counted
 * @param maxSchools how many schools a trust may list: the pack's size and the memory to render it grow with them
 * @param maxGrowth how many schools the growth plan may list
 */
public record LoadLimits(
        long maxFileBytes, int maxFiles, int maxDepth, int maxProblems, int maxSchools, int maxGrowth) {

    public static final long MIB = 1024 * 1024;

    /** A logo, or a file of the templates folder, is small; a bigger file is a mistake that would bloat every pack. */
    public static final long MAX_ASSET_BYTES = MIB;

    /**
     * Far above any trust in England (the largest run about a hundred schools), and low enough that a pack renders
     * in well under 1 GiB of memory.
     */
    public static final int DEFAULT_MAX_SCHOOLS = 2_000;

    public static final int DEFAULT_MAX_GROWTH = 500;

    /** The Java system property, or environment variable, that raises the limit on schools. */
    public static final Setting SCHOOLS = new Setting("matreport.maxSchools", "MATREPORT_MAX_SCHOOLS");

    public static final Setting GROWTH = new Setting("matreport.maxGrowth", "MATREPORT_MAX_GROWTH");

    /** A limit's names as a Java system property ({@code -Dmatreport.maxSchools=N}) and an environment variable. */
    public record Setting(String property, String variable) {

        /** {@code -Dmatreport.maxSchools=N or MATREPORT_MAX_SCHOOLS=N}, for messages. */
        public String describe() {
            return "-D" + property + "=N (or the environment variable " + variable + ")";
        }

        /** The value set, or the default when none is, or when it is not a whole number of at least 1. */
        int read(Function<String, String> properties, Map<String, String> environment, int fallback) {
            String value = properties.apply(property);
            if (value == null) {
                value = environment.get(variable);
            }
            try {
                int parsed = value == null ? fallback : Integer.parseInt(value.strip());
                return parsed >= 1 ? parsed : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    public LoadLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxDepth < 1 || maxProblems < 1 || maxSchools < 1 || maxGrowth < 1) {
            throw new IllegalArgumentException("every load limit must be at least 1");
        }
    }

    public LoadLimits(long maxFileBytes, int maxFiles, int maxDepth, int maxProblems) {
        this(maxFileBytes, maxFiles, maxDepth, maxProblems, DEFAULT_MAX_SCHOOLS, DEFAULT_MAX_GROWTH);
    }

    /**
     * Far above any real trust: a 1,000-school trust writes well under 1 MiB. The limits on schools and growth may
     * be raised by their {@link Setting}s.
     */
    public static LoadLimits defaults() {
        return of(System::getProperty, System.getenv());
    }

    /** The defaults, with the limits on schools and growth as the given properties and environment set them. */
    static LoadLimits of(Function<String, String> properties, Map<String, String> environment) {
        return new LoadLimits(
                4 * MIB,
                64,
                64,
                200,
                SCHOOLS.read(properties, environment, DEFAULT_MAX_SCHOOLS),
                GROWTH.read(properties, environment, DEFAULT_MAX_GROWTH));
    }

    public LoadLimits withMaxFileBytes(long bytes) {
        return new LoadLimits(bytes, maxFiles, maxDepth, maxProblems, maxSchools, maxGrowth);
    }

    public LoadLimits withMaxDepth(int depth) {
        return new LoadLimits(maxFileBytes, maxFiles, depth, maxProblems, maxSchools, maxGrowth);
    }

    public LoadLimits withMaxSchools(int schools, int growth) {
        return new LoadLimits(maxFileBytes, maxFiles, maxDepth, maxProblems, schools, growth);
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
