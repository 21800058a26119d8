package org.matreport.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.matreport.model.AcademicYear;
import org.matreport.model.Labelled;
import org.matreport.model.Range;
import org.matreport.model.Urn;

/**
 * Binds a located YAML tree onto the model records, guided only by {@link ModelShapes}: one generic walk, no code per
 * record. Every mistake becomes a located problem and binding carries on, so that one run reports them all. A record
 * whose fields could not all be read is still built, with those fields empty, so that later checks can look at the
 * rest; such a trust is never handed out, because its problems are.
 */
final class ModelBinder {

    /**
     * The years a date in a trust's files may fall in: academies date from 2002 and plans run a few years ahead, so a
     * date outside these is a typing mistake (0001-01-01), which would otherwise reach the PDF's own dates.
     */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2199;

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[-+]?[0-9]+");
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final java.util.regex.Pattern YEAR_FORM = java.util.regex.Pattern.compile("[0-9]{4}/[0-9]{2}");
    private static final java.util.regex.Pattern URN = java.util.regex.Pattern.compile("[1-9][0-9]{5}");

    private final Problems problems;
    private final Map<Object, String> paths = new IdentityHashMap<>();

    ModelBinder(Problems problems) {
        this.problems = problems;
    }

    /** The YAML path a bound record came from, such as {@code schools[2]}. */
    String pathOf(Object record) {
        return paths.get(record);
    }

    /**
     * Binds the whole trust. With {@code filesComplete} false (a file could not be parsed), sections missing from
     * the rest are not reported: they may well be in the broken file.
     */
    Record bindTrust(YamlNode.Mapping root, boolean filesComplete) {
        return record(
                ModelShapes.trust(), root, "", "every trust folder needs one, in any of its files", filesComplete);
    }

    private Object bind(ValueKind kind, YamlNode node, String path, String whose, FieldShape field) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.REJECTED) {
            return null; // already reported where it was read
        }
        return kind.accept(new Binding(node, path, whose, field));
    }

    private Record record(RecordShape shape, YamlNode node, String path, String whose, boolean reportMissing) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(
                    node.location(),
                    path,
                    "expected a mapping with keys such as "
                            + quoted(shape.keys()
                                    .subList(0, Math.min(3, shape.keys().size()))) + ", found " + node.describe());
            return null;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (shape.field(entry.key()).isEmpty()) {
                problems.add(
                        entry.keyLocation(),
                        join(path, entry.key()),
                        "unknown key '" + entry.key() + "'" + suggestOrList(entry.key(), shape.keys()));
            }
        }
        Object[] values = new Object[shape.fields().size()];
        for (int i = 0; i < values.length; i++) {
            FieldShape field = shape.fields().get(i);
            String fieldPath = join(path, field.key());
            Optional<YamlNode> value = mapping.get(field.key());
            boolean absent = value.isEmpty() || value.get() instanceof YamlNode.Scalar s && s.isNull();
            if (absent) {
                if (field.required() && reportMissing) {
                    problems.add(
                            value.map(YamlNode::location).orElse(mapping.location()),
                            value.isPresent() ? fieldPath : path,
                            (value.isPresent() ? "'" + field.key() + "' is empty" : "missing '" + field.key() + "'")
                                    + "; " + whose + explain(field));
                }
                values[i] = field.kind().whenAbsent();
            } else {
                Object bound = bind(field.kind(), value.get(), fieldPath, ownerWords(field, path), field);
                values[i] = bound == null ? field.kind().whenAbsent() : bound;
            }
        }
        Record built = shape.create(values);
        paths.put(built, path);
        return built;
    }

    /** Who needs a missing field, for a record reached through this field: "every school", "the 'trust' section". */
    private static String ownerWords(FieldShape field, String parentPath) {
        ValueKind kind = field.kind();
        if (kind instanceof ValueKind.ListOf list && list.item() instanceof ValueKind.Section item) {
            return "every " + item.shape().noun() + " needs one";
        }
        if (kind instanceof ValueKind.LabelledMap map && map.value() instanceof ValueKind.Section) {
            return "every entry of '" + field.key() + "' needs one";
        }
        return parentPath.isEmpty() ? "the '" + field.key() + "' section needs one" : "'" + field.key() + "' needs one";
    }

    private static String explain(FieldShape field) {
        String doc = field.doc().strip();
        if (doc.isEmpty()) {
            return "";
        }
        if (doc.endsWith(".")) {
            doc = doc.substring(0, doc.length() - 1);
        }
        return ": "
                + (Character.isUpperCase(doc.charAt(0)) && !doc.startsWith("URN")
                        ? Character.toLowerCase(doc.charAt(0)) + doc.substring(1)
                        : doc);
    }

    private List<Object> list(ValueKind item, YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.add(
                    node.location(),
                    path,
                    "expected a list, found " + node.describe() + "; write [a, b] or one '- ' line per item");
            return List.of();
        }
        String whose =
                item instanceof ValueKind.Section s ? "every " + s.shape().noun() + " needs one" : "";
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode element = sequence.items().get(i);
            String elementPath = path + "[" + i + "]";
            if (element instanceof YamlNode.Scalar s && s.isNull()) {
                problems.add(element.location(), elementPath, "empty list item; remove the '-' or write a value");
                continue;
            }
            Object bound = bind(item, element, elementPath, whose, null);
            if (bound != null) {
                out.add(bound);
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<?, ?> labelledMap(ValueKind.LabelledMap kind, YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return Map.of();
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(
                    node.location(),
                    path,
                    "expected a mapping with keys such as " + quoted(kind.keys().subList(0, 2)) + ", found "
                            + node.describe());
            return Map.of();
        }
        EnumMap out = new EnumMap(kind.keyType());
        for (YamlNode.Entry entry : mapping.entries()) {
            String entryPath = join(path, entry.key());
            Optional<? extends Enum<?>> key = label(kind.keyType(), entry.key());
            if (key.isEmpty()) {
                problems.add(
                        entry.keyLocation(),
                        entryPath,
                        "unknown key '" + entry.key() + "'" + suggestOrList(entry.key(), kind.keys()));
                continue;
            }
            Object value = bind(kind.value(), entry.value(), entryPath, "'" + entry.key() + "' needs one", null);
            if (value != null) {
                out.put(key.get(), value);
            }
        }
        return out;
    }

    private Map<String, Object> namedMap(ValueKind.NamedMap kind, YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return Map.of();
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node.location(), path, "expected a mapping of names to values, found " + node.describe());
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String entryPath = join(path, entry.key());
            if (entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
                problems.add(entry.value().location(), entryPath, "'" + entry.key() + "' has no value");
                continue;
            }
            Object value = bind(kind.value(), entry.value(), entryPath, "'" + entry.key() + "' needs one", null);
            if (value != null) {
                out.put(entry.key(), value);
            }
        }
        return out;
    }

    static Optional<? extends Enum<?>> label(Class<? extends Enum<?>> type, String text) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (((Labelled) constant).label().equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static String suggestOrList(String typed, List<String> allowed) {
        String near = Suggestions.didYouMean(typed, allowed);
        return near.isEmpty() ? "; allowed keys: " + String.join(", ", allowed) : near;
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w + "'").collect(java.util.stream.Collectors.joining(", "));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** One YAML node bound as the kind its field wants: lists, mappings and records here, scalars by a reading. */
    private final class Binding implements ValueKind.Visitor<Object> {

        private final YamlNode node;
        private final String path;
        private final String whose;
        private final FieldShape field;

        Binding(YamlNode node, String path, String whose, FieldShape field) {
            this.node = node;
            this.path = path;
            this.whose = whose;
            this.field = field;
        }

        @Override
        public Object section(ValueKind.Section kind) {
            return record(kind.shape(), node, path, whose, true);
        }

        @Override
        public Object list(ValueKind.ListOf kind) {
            return ModelBinder.this.list(kind.item(), node, path);
        }

        @Override
        public Object labelledMap(ValueKind.LabelledMap kind) {
            return ModelBinder.this.labelledMap(kind, node, path);
        }

        @Override
        public Object namedMap(ValueKind.NamedMap kind) {
            return ModelBinder.this.namedMap(kind, node, path);
        }

        @Override
        public Object text(ValueKind.Text kind) {
            return scalar(kind);
        }

        @Override
        public Object wholeNumber(ValueKind.WholeNumber kind) {
            return scalar(kind);
        }

        @Override
        public Object decimal(ValueKind.Decimal kind) {
            return scalar(kind);
        }

        @Override
        public Object flag(ValueKind.Flag kind) {
            return scalar(kind);
        }

        @Override
        public Object date(ValueKind.Date kind) {
            return scalar(kind);
        }

        @Override
        public Object year(ValueKind.Year kind) {
            return scalar(kind);
        }

        @Override
        public Object urn(ValueKind.UrnNumber kind) {
            return scalar(kind);
        }

        @Override
        public Object numberOrText(ValueKind.NumberOrText kind) {
            return scalar(kind);
        }

        @Override
        public Object choice(ValueKind.Choice kind) {
            return scalar(kind);
        }

        private Object scalar(ValueKind kind) {
            if (!(node instanceof YamlNode.Scalar scalar)) {
                problems.add(node.location(), path, "expected " + kind.expectation() + ", found " + node.describe());
                return null;
            }
            return scalar.isNull() ? null : kind.accept(new ScalarReading(scalar, path, field));
        }
    }

    /** One scalar read as the kind its field wants. */
    private final class ScalarReading implements ValueKind.Visitor<Object> {

        private final YamlNode.Scalar scalar;
        private final String path;
        private final String text;
        private final FieldShape field;

        ScalarReading(YamlNode.Scalar scalar, String path, FieldShape field) {
            this.scalar = scalar;
            this.path = path;
            this.text = scalar.text();
            this.field = field;
        }

        @Override
        public Object text(ValueKind.Text kind) {
            org.matreport.model.Pattern pattern =
                    field == null ? null : field.pattern().orElse(null);
            Optional<String> readAs = pattern == null ? Optional.empty() : PlainScalar.readAsOtherThanText(scalar);
            if (readAs.isPresent()) {
                return refuse(shown() + " needs quotes here: without them YAML reads it as " + readAs.get() + "; write "
                        + pattern.hint());
            }
            if (pattern != null && !java.util.regex.Pattern.matches(pattern.value(), text)) {
                return refuse(shown() + " is not valid here; use " + pattern.hint());
            }
            return text;
        }

        @Override
        public Object numberOrText(ValueKind.NumberOrText kind) {
            return text;
        }

        @Override
        public Object wholeNumber(ValueKind.WholeNumber kind) {
            return whole(kind);
        }

        @Override
        public Object decimal(ValueKind.Decimal kind) {
            return decimal();
        }

        @Override
        public Object flag(ValueKind.Flag kind) {
            if (scalar.plain() && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            return refuse("expected true or false, found " + shown());
        }

        @Override
        public Object date(ValueKind.Date kind) {
            return date();
        }

        @Override
        public Object year(ValueKind.Year kind) {
            return year();
        }

        @Override
        public Object urn(ValueKind.UrnNumber kind) {
            return URN.matcher(text).matches()
                    ? new Urn(Integer.parseInt(text))
                    : refuse(shown() + " is not a URN; a URN has six digits, such as 100001");
        }

        @Override
        public Object choice(ValueKind.Choice kind) {
            return chosen(kind);
        }

        // A scalar where a list or mapping belongs is reported by Binding before it gets here; these answer the same.
        @Override
        public Object list(ValueKind.ListOf kind) {
            return refuse("expected " + kind.expectation() + ", found " + shown());
        }

        @Override
        public Object labelledMap(ValueKind.LabelledMap kind) {
            return refuse("expected " + kind.expectation() + ", found " + shown());
        }

        @Override
        public Object namedMap(ValueKind.NamedMap kind) {
            return refuse("expected " + kind.expectation() + ", found " + shown());
        }

        @Override
        public Object section(ValueKind.Section kind) {
            return refuse("expected " + kind.expectation() + ", found " + shown());
        }

        private Object whole(ValueKind.WholeNumber whole) {
            if (!scalar.plain() || !WHOLE.matcher(text).matches()) {
                return refuse("expected a whole number, found " + shown() + quotesHint());
            }
            BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            if (value.compareTo(BigInteger.valueOf(whole.lowest())) < 0
                    || value.compareTo(BigInteger.valueOf(whole.highest())) > 0) {
                return refuse(text + " is too large a number for this field");
            }
            if (!withinRange(new BigDecimal(value))) {
                return null;
            }
            return whole.highest() == Integer.MAX_VALUE ? (Object) value.intValue() : (Object) value.longValue();
        }

        private Object decimal() {
            if (!scalar.plain() || !DECIMAL.matcher(text).matches()) {
                return refuse("expected a number, found " + shown() + quotesHint());
            }
            BigDecimal value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            double d = value.doubleValue();
            if (Double.isInfinite(d)) {
                return refuse(text + " is too large a number for this field");
            }
            return withinRange(value) ? d : null;
        }

        private String quotesHint() {
            return scalar.plain() ? "" : "; remove the quotes around a number";
        }

        private boolean withinRange(BigDecimal value) {
            Range range = field == null ? null : field.range().orElse(null);
            if (range == null) {
                return true;
            }
            if (!Double.isInfinite(range.min()) && value.compareTo(BigDecimal.valueOf(range.min())) < 0) {
                refuse(text + " is too small; the smallest allowed is " + number(range.min()));
                return false;
            }
            if (!Double.isInfinite(range.max()) && value.compareTo(BigDecimal.valueOf(range.max())) > 0) {
                refuse(text + " is too large; the largest allowed is " + number(range.max()));
                return false;
            }
            return true;
        }

        private Object date() {
            if (!ISO_DATE.matcher(text).matches()) {
                return refuse(shown() + " is not a date; write dates as YYYY-MM-DD, such as 2026-12-10");
            }
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    return refuse(shown() + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR
                            + " that a trust's plans and history fall in; write the real date");
                }
                return date;
            } catch (DateTimeException e) {
                return refuse(shown() + " is not a date: no such day in the calendar; write a real date as YYYY-MM-DD");
            }
        }

        private Object year() {
            Optional<AcademicYear> year = AcademicYear.parse(text);
            if (year.isPresent()) {
                return year.get();
            }
            if (YEAR_FORM.matcher(text).matches()) {
                return refuse(shown() + " is not an academic year: its two years must follow each other, "
                        + "such as 2026/27");
            }
            return refuse(shown() + " is not an academic year; write it as YYYY/YY, such as 2026/27");
        }

        private Object chosen(ValueKind.Choice choice) {
            Optional<? extends Enum<?>> constant = label(choice.type(), text);
            if (constant.isPresent()) {
                return constant.get();
            }
            return refuse(shown() + " is not allowed; use one of: " + String.join(", ", choice.labels())
                    + Suggestions.didYouMean(text, choice.labels()));
        }

        private String shown() {
            String t = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            return "'" + t.replace("\n", " ") + "'";
        }

        private Object refuse(String message) {
            problems.add(scalar.location(), path, message);
            return null;
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%d", (long) d) : Double.toString(d);
    }
}
