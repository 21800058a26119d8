package org.matreport.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.matreport.model.Area;

/** How findings name things for a board: areas in plain words, lists joined with "and". */
final class Words {

    private Words() {}

    /** {@code teacher development} for {@code teacherDevelopment}. */
    static String area(Area area) {
        return area.label().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String number(double value) {
        return Thresholds.format(value);
    }
}
