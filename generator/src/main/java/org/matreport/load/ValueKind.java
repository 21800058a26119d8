package org.matreport.load;

import java.util.List;
import org.matreport.model.Labelled;

/**
 * What kind of value a YAML field holds, as read from the model's record components. The loader binds by it and the
 * JSON Schema is written from it, so the two cannot drift apart. What differs by kind is either said by the kind
 * itself (what a writer is expected to give, what a field left out holds) or done by a {@link Visitor}, whose one
 * method per kind makes every reader of the kinds handle each of them: a new kind does not compile until the loader
 * and the schema both know it.
 */
public sealed interface ValueKind {

    /** Hands this kind to the visitor's method for it. */
    <R> R accept(Visitor<R> visitor);

    /** What the YAML's writer is expected to give, for a message: "a whole number", "one of: a, b". */
    String expectation();

    /** What a field left out holds: an empty list or mapping for those kinds, otherwise nothing. */
    default Object whenAbsent() {
        return null;
    }

    /** The kind held under {@code key} in a mapping of this kind; {@code null} when it has no such key. */
    default ValueKind child(String key) {
        return null;
    }

    /** The kind of each element of a list of this kind; {@code null} for a kind that is not a list. */
    default ValueKind element() {
        return null;
    }

    /** One method per kind of value. */
    interface Visitor<R> {
        R text(Text kind);

        R wholeNumber(WholeNumber kind);

        R decimal(Decimal kind);

        R flag(Flag kind);

        R date(Date kind);

        R year(Year kind);

        R urn(UrnNumber kind);

        R numberOrText(NumberOrText kind);

        R choice(Choice kind);

        R list(ListOf kind);

        R labelledMap(LabelledMap kind);

        R namedMap(NamedMap kind);

        R section(Section kind);
    }

    /** Free text; any scalar is kept as it was written. */
    record Text() implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }

        public String expectation() {
            return "text";
        }
    }

    /** A whole number held in an {@link Integer} or a {@link Long}. */
    record WholeNumber(long lowest, long highest) implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.wholeNumber(this);
        }

        public String expectation() {
            return "a whole number";
        }
    }

    /** A decimal number held in a {@link Double}. */
    record Decimal() implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.decimal(this);
        }

        public String expectation() {
            return "a number";
        }
    }

    /** {@code true} or {@code false}. */
    record Flag() implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.flag(this);
        }

        public String expectation() {
            return "true or false";
        }
    }

    /** An ISO date, {@code YYYY-MM-DD}. */
    record Date() implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.date(this);
        }

        public String expectation() {
            return "a date written YYYY-MM-DD";
        }
    }

    /** An academic year, {@code YYYY/YY}. */
    record Year() implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.year(this);
        }

        public String expectation() {
            return "an academic year written YYYY/YY";
        }
    }

    /** A school's six-digit unique reference number. */
    record UrnNumber() implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.urn(this);
        }

        public String expectation() {
            return "a six-digit URN";
        }
    }

    /** A number or a word, kept as written: an outcome's measure, numeric unless the outcome's unit is text. */
    record NumberOrText() implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.numberOrText(this);
        }

        public String expectation() {
            return "a number or a word";
        }
    }

    /** One of an enum's labels. */
    record Choice(Class<? extends Enum<?>> type) implements ValueKind {

        public <R> R accept(Visitor<R> visitor) {
            return visitor.choice(this);
        }

        public String expectation() {
            return "one of: " + String.join(", ", labels());
        }

        public List<String> labels() {
            return java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Labelled) c).label())
                    .toList();
        }
    }

    /** A YAML sequence. */
    record ListOf(ValueKind item) implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }

        public String expectation() {
            return "a list";
        }

        @Override
        public Object whenAbsent() {
            return List.of();
        }

        @Override
        public ValueKind element() {
            return item;
        }
    }

    /** A mapping whose keys are an enum's labels, such as the alignment areas. */
    record LabelledMap(Class<? extends Enum<?>> keyType, ValueKind value) implements ValueKind {

        public <R> R accept(Visitor<R> visitor) {
            return visitor.labelledMap(this);
        }

        @Override
        public ValueKind child(String key) {
            return keys().contains(key) ? value : null;
        }

        public String expectation() {
            return "a mapping";
        }

        @Override
        public Object whenAbsent() {
            return java.util.Map.of();
        }

        public List<String> keys() {
            return new Choice(keyType).labels();
        }
    }

    /** A mapping from free names to values; the names are checked elsewhere (rule ids, threshold names). */
    record NamedMap(ValueKind value) implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.namedMap(this);
        }

        @Override
        public ValueKind child(String key) {
            return key.isEmpty() ? null : value;
        }

        public String expectation() {
            return "a mapping";
        }

        @Override
        public Object whenAbsent() {
            return java.util.Map.of();
        }
    }

    /** A nested record: a mapping with known keys. */
    record Section(RecordShape shape) implements ValueKind {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.section(this);
        }

        @Override
        public ValueKind child(String key) {
            return shape.field(key).map(FieldShape::kind).orElse(null);
        }

        public String expectation() {
            return "a mapping";
        }
    }
}
