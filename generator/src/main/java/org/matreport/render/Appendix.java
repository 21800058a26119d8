package org.matreport.render;

import java.util.Locale;
import org.matreport.support.Format;

/**
 * How much of the appendix, the strategy team's pages at the back, a pack carries. {@code FULL}: the data to
 * complete, each finding's rule and places in the files, acknowledgements, the rule catalogue as in force for the trust,
 * every threshold, how the pack was made. {@code SHORT}: the data to complete, rules and places, the thresholds the
 * trust changed, and how the pack was made. {@code NONE}: only the data to complete.
 */
public enum Appendix {
    FULL,
    SHORT,
    NONE;

    /** {@code full}, {@code short} or {@code none}, in any case. */
    public static Appendix parse(String word) {
        for (Appendix a : values()) {
            if (a.word().equalsIgnoreCase(word.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown appendix \"" + word + "\": use full, short or none");
    }

    /** The appendix a format gets when none was asked for: short in the PDF, which is printed; full elsewhere. */
    public static Appendix forFormat(Appendix asked, Format format) {
        if (asked != null) {
            return asked;
        }
        return format == Format.PDF ? SHORT : FULL;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
