package org.matreport.render;

import java.util.List;
import org.matreport.model.Measure;
import org.matreport.model.Outcome;
import org.matreport.model.Unit;
import org.matreport.model.Vision;
import org.matreport.text.Words;

/**
 * The vision, mission and values, and the outcomes the vision commits to, in the order the trust wrote them. Values
 * of a word or a short phrase each read best as one line, {@code aspiration, belonging and integrity}; values written
 * as sentences keep a list ({@link #valuesInline}).
 */
public record VisionView(
        String statement, String mission, List<String> values, boolean valuesInline, List<OutcomeRow> outcomes) {

    /** Longest value printed in a line with the others; a longer one is a sentence, and values then keep a list. */
    private static final int LONGEST_INLINE_VALUE = 40;

    /** One outcome: its area, what is measured, where it stood and where it should be. */
    public record OutcomeRow(String area, String description, String baseline, String target) {}

    static VisionView of(Vision vision) {
        List<OutcomeRow> outcomes = vision.outcomes().stream()
                .map(o -> new OutcomeRow(
                        Words.capitalised(Words.label(o.area())),
                        o.description(),
                        measure(o, o.baseline(), "in"),
                        measure(o, o.target(), "by")))
                .toList();
        return new VisionView(
                vision.statement().strip(),
                Words.orNotStated(vision.mission()),
                vision.values(),
                inline(vision.values()),
                outcomes);
    }

    /** Whether every value is a word or a short phrase: no sentence punctuation, and short. */
    static boolean inline(List<String> values) {
        return values.stream()
                .allMatch(v -> v.strip().length() <= LONGEST_INLINE_VALUE && !v.matches("(?s).*[.,;:!?].*"));
    }

    /** {@code 61% in 2025/26} or {@code 75% by 2028/29}. */
    private static String measure(Outcome outcome, Measure measure, String preposition) {
        if (measure == null) {
            return Words.NOT_STATED;
        }
        String value = outcome.unit() == Unit.PERCENT ? measure.value() + "%" : measure.value();
        return value + " " + preposition + " " + measure.year();
    }
}
