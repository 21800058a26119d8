package org.matreport.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A model record as the YAML sees it: its fields in order, and how to build one from bound values. */
public record RecordShape(Class<? extends Record> type, List<FieldShape> fields) {

    public Optional<FieldShape> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        return fields.stream().map(FieldShape::key).toList();
    }

    /** A word for one of these in messages: {@code GrowthSchool} reads "growth school". */
    public String noun() {
        return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** Calls the canonical constructor with values in field order. */
    public Record create(Object[] values) {
        Class<?>[] types = type.getRecordComponents().length == 0
                ? new Class<?>[0]
                : java.util.Arrays.stream(type.getRecordComponents())
                        .map(c -> c.getType())
                        .toArray(Class<?>[]::new);
        try {
            Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the model refused the values for " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
