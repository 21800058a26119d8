package org.matreport.render;

import java.util.Locale;
import org.matreport.support.Format;

/**
 * How much of the appendix, the strategy team's pages at the back, a pack carries. Every mode carries the data to
 * complete and the lists the body leaves to the back (what each finding rests on, the schools one by one, governance
 * item by item, the policy register, the central team role by role). {@code FULL} adds each finding's rule and places
 * in the files, acknowledgements, the rule catalogue as in force for the trust, every threshold and how the pack was
 * made; {@code SHORT} the rules and places, the thresholds the trust changed and how the pack was made; {@code NONE}
 * nothing more.
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
