package org.matreport.load;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.matreport.model.AcademicYear;
import org.matreport.model.Key;
import org.matreport.model.Labelled;
import org.matreport.model.Measure;
import org.matreport.model.Trust;
import org.matreport.model.Urn;

/**
 * Reads the model's records once, by reflection, into {@link RecordShape}s. This is the single description of the YAML
 * that both the loader and the JSON Schema use.
 */
public final class ModelShapes {

    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    private ModelShapes() {}

    /** The shape of a whole trust: the top-level sections. */
    public static RecordShape trust() {
        return of(Trust.class);
    }

    /**
     * Whether a YAML path such as {@code alignment.areas.curriculum.approach} or {@code schools[3].urn} names a place
     * the model has: each key a field of its record (or a key its mapping allows), each index on a list. A finding
     * that rests on a path the model lacks would point its reader at the wrong line.
     */
    public static boolean resolves(String path) {
        ValueKind kind = new ValueKind.Section(trust());
        for (String segment : path.split("\\.", -1)) {
            int bracket = segment.indexOf('[');
            String key = bracket < 0 ? segment : segment.substring(0, bracket);
            kind = kind.child(key);
            if (kind == null) {
                return false;
            }
            String indexes = bracket < 0 ? "" : segment.substring(bracket);
            if (!indexes.matches("(\\[[0-9]+])*")) {
                return false;
            }
            for (int i = indexes.indexOf('['); i >= 0 && kind != null; i = indexes.indexOf('[', i + 1)) {
                kind = kind.element();
            }
            if (kind == null) {
                return false;
            }
        }
        return true;
    }

    public static RecordShape of(Class<? extends Record> type) {
        RecordShape known = SHAPES.get(type);
        if (known != null) {
            return known;
        }
        List<FieldShape> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Key key = component.getAnnotation(Key.class);
            String name = key == null ? component.getName() : key.value();
            fields.add(new FieldShape(name, component, kindOf(type, component)));
        }
        RecordShape shape = new RecordShape(type, List.copyOf(fields));
        SHAPES.put(type, shape);
        return shape;
    }

    private static ValueKind kindOf(Class<?> owner, RecordComponent component) {
        // A measure keeps its value as text so that 61.0 stays 61.0, yet trust staff write it as a number.
        if (owner == Measure.class && component.getName().equals("value")) {
            return new ValueKind.NumberOrText();
        }
        return kindOf(component.getGenericType());
    }

    @SuppressWarnings("unchecked")
    static ValueKind kindOf(Type type) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] args = generic.getActualTypeArguments();
            if (raw == List.class) {
                return new ValueKind.ListOf(kindOf(args[0]));
            }
            if (raw == Map.class) {
                if (args[0] == String.class) {
                    return new ValueKind.NamedMap(kindOf(args[1]));
                }
                if (args[0] instanceof Class<?> key && key.isEnum() && Labelled.class.isAssignableFrom(key)) {
                    return new ValueKind.LabelledMap((Class<? extends Enum<?>>) key, kindOf(args[1]));
                }
            }
            throw new IllegalArgumentException("the loader cannot read a field of type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return new ValueKind.Text();
        }
        if (c == Integer.class) {
            return new ValueKind.WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (c == Long.class) {
            return new ValueKind.WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (c == Double.class) {
            return new ValueKind.Decimal();
        }
        if (c == Boolean.class) {
            return new ValueKind.Flag();
        }
        if (c == LocalDate.class) {
            return new ValueKind.Date();
        }
        if (c == AcademicYear.class) {
            return new ValueKind.Year();
        }
        if (c == Urn.class) {
            return new ValueKind.UrnNumber();
        }
        if (c.isEnum() && Labelled.class.isAssignableFrom(c)) {
            return new ValueKind.Choice((Class<? extends Enum<?>>) c);
        }
        if (c.isRecord()) {
            return new ValueKind.Section(of((Class<? extends Record>) c));
        }
        throw new IllegalArgumentException("the loader cannot read a field of type " + type);
    }
}
