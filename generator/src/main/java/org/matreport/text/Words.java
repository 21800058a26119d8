package org.matreport.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.matreport.model.Area;
import org.matreport.model.Labelled;
import org.matreport.model.NewSchoolPolicy;

/**
 * How matreport writes numbers, dates, lists, yes/no answers and the trust's own words. The rules' messages, the
 * pack's view model and the account of changes all write through this one class, so that one document never says
 * "7500" in one place and "7,500" in another.
 */
public final class Words {

    public static final String NOT_DECIDED = "not decided";
    public static final String NOT_STATED = "not stated";

    /** Labels whose hyphen is part of the English word, or that read better spelt out. */
    private static final Map<String, String> SPELT_OUT = Map.of(
            "school-led", "school-led",
            "all-through", "all-through",
            "post-16", "post-16",
            "audit-risk", "audit and risk",
            "central-expertise", "in-house central expertise",
            "keep-own", "keep their own approach",
            "twice-yearly", "twice a year",
            "ofsted", "Ofsted");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Words() {}

    /** {@code 5,430}. */
    public static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    public static String number(Integer n) {
        return n == null ? NOT_STATED : number(n.longValue());
    }

    /** {@code 10 December 2026}. */
    public static String date(LocalDate date) {
        return date == null ? NOT_STATED : DATE.format(date);
    }

    public static String yesNo(Boolean answer) {
        return answer == null ? NOT_STATED : answer ? "yes" : "no";
    }

    /** A decimal as written by people: {@code 1.5}, {@code 2}, never {@code 2.0E1}. */
    public static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A figure that may be whole or not, such as a threshold: {@code 7,500}, {@code 2.5}. */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? number((long) value) : decimal(value);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String and(Collection<String> items) {
        return list(items, " and ");
    }

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    public static String or(Collection<String> items) {
        return list(items, " or ");
    }

    private static String list(Collection<String> items, String last) {
        List<String> list = new ArrayList<>(items);
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + last + list.get(list.size() - 1);
    }

    /** The trust's word for a value, readable in a sentence: {@code shared-principles} becomes "shared principles". */
    public static String label(Labelled value) {
        if (value == null) {
            return NOT_STATED;
        }
        if (value instanceof Area area) {
            return area(area);
        }
        String label = value.label();
        return SPELT_OUT.getOrDefault(label, label.replace('-', ' '));
    }

    /**
     * What a new-school policy does with a school that joins, as a trustee would say it, for a sentence about "a
     * school": {@code keep-own} becomes "let it keep its own approach".
     */
    public static String forAJoiningSchool(NewSchoolPolicy policy) {
        return switch (policy) {
            case INDUCT -> "bring it into the common way over a planned transition";
            case REOPEN -> "reopen the common way so that it has its say";
            case KEEP_OWN -> "let it keep its own approach";
            case IMPOSE -> "have it take on the common way at once, without a say";
        };
    }

    /** {@code teacherDevelopment} becomes "teacher development". */
    public static String area(Area area) {
        return area.label().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    public static String labels(Collection<? extends Labelled> values) {
        return values.isEmpty() ? "none" : values.stream().map(Words::label).collect(Collectors.joining(", "));
    }

    public static String orNotStated(String text) {
        return text == null || text.isBlank() ? NOT_STATED : text.strip();
    }

    /** First letter in capitals, for the first cell of a row or the start of a sentence. */
    public static String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toTitleCase(first))
                .append(text.substring(Character.charCount(first)))
                .toString();
    }

    /** A rule's name as a heading: {@code ceo-delivers-improvement} becomes "CEO delivers improvement". */
    public static String ruleName(String name) {
        return capitalised(name.replace('-', ' ').replaceAll("\\bceo\\b", "CEO"));
    }

    /**
     * How far an area's schools are alike, as a reader says it: {@code partly} becomes "partly aligned"; the other
     * words read as they are.
     */
    public static String consistency(Labelled level) {
        if (level == null) {
            return NOT_STATED;
        }
        return switch (level.label()) {
            case "partly" -> "partly aligned";
            case "shared-principles" -> "shared principles";
            default -> label(level);
        };
    }

    /** {@code on 1 September 2027} when both ends are the same day, else {@code between 1 September 2027 and ...}. */
    public static String dateRange(LocalDate first, LocalDate last) {
        return first.equals(last) ? "on " + date(first) : "between " + date(first) + " and " + date(last);
    }

    /** The possessive of a name: "Aurora Trust's", but "Federation of Academies'" for a name ending in a plural s. */
    public static String possessive(String name) {
        String n = name.strip();
        return n.endsWith("s") && !n.endsWith("ss") ? n + "'" : n + "'s";
    }

    public static String plural(long count, String one, String many) {
        return number(count) + " " + (count == 1 ? one : many);
    }
}
