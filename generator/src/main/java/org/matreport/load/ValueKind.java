package org.matreport.load;

import java.util.List;
import org.matreport.model.Labelled;

/**
 * What kind of value a YAML field holds, as read from the model's record components. The loader binds by it and the
 * JSON Schema is written from it, so the two cannot drift apart.
 */
public sealed interface ValueKind {

    /** Free text; any scalar is kept as it was written. */
    record Text() implements ValueKind {}

    /** A whole number held in an {@link Integer} or a {@link Long}. */
    record WholeNumber(long lowest, long highest) implements ValueKind {}

    /** A decimal number held in a {@link Double}. */
    record Decimal() implements ValueKind {}

    /** {@code true} or {@code false}. */
    record Flag() implements ValueKind {}

    /** An ISO date, {@code YYYY-MM-DD}. */
    record Date() implements ValueKind {}

    /** An academic year, {@code YYYY/YY}. */
    record Year() implements ValueKind {}

    /** A school's six-digit unique reference number. */
    record UrnNumber() implements ValueKind {}

    /** A number or a word, kept as written: an outcome's measure, numeric unless the outcome's unit is text. */
    record NumberOrText() implements ValueKind {}

    /** One of an enum's labels. */
    record Choice(Class<? extends Enum<?>> type) implements ValueKind {

        public List<String> labels() {
            return java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Labelled) c).label())
                    .toList();
        }
    }

    /** A YAML sequence. */
    record ListOf(ValueKind item) implements ValueKind {}

    /** A mapping whose keys are an enum's labels, such as the alignment areas. */
    record LabelledMap(Class<? extends Enum<?>> keyType, ValueKind value) implements ValueKind {

        public List<String> keys() {
            return new Choice(keyType).labels();
        }
    }

    /** A mapping from free names to values; the names are checked elsewhere (rule ids, threshold names). */
    record NamedMap(ValueKind value) implements ValueKind {}

    /** A nested record: a mapping with known keys. */
    record Section(RecordShape shape) implements ValueKind {}
}
