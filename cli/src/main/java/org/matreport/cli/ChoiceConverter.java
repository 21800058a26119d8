package org.matreport.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option's value as one of an enum's constants, written in lower case as people type them; a value that is
 * none of them is a usage error naming the ones allowed.
 */
abstract class ChoiceConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;
    private final String what;

    ChoiceConverter(Class<E> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public E convert(String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a " + what + "; use " + allowed());
        }
    }

    /** {@code text, json or md}. */
    private String allowed() {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
