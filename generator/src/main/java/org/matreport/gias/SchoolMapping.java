package org.matreport.gias;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matreport.model.Phase;
import org.matreport.model.Region;
import org.matreport.model.Urn;

/**
 * Turns the register's words into the schema's: its phases of education and types of establishment into a phase,
 * its regions ({@code GOR}) into one of England's nine, its dates into ISO dates. Whatever cannot be mapped is left
 * empty and noted, row by row, so that trust staff can fill it in by hand.
 */
final class SchoolMapping {

    private static final Map<String, Phase> PHASES = Map.of(
            "nursery", Phase.NURSERY,
            "primary", Phase.PRIMARY,
            "middle deemed primary", Phase.MIDDLE,
            "middle deemed secondary", Phase.MIDDLE,
            "secondary", Phase.SECONDARY,
            "16 plus", Phase.POST_16,
            "all-through", Phase.ALL_THROUGH);

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd-MM-uuuu"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final List<String> unmapped = new ArrayList<>();

    /** What could not be mapped so far, one line per field, naming the file and line. */
    List<String> unmapped() {
        return List.copyOf(unmapped);
    }

    /** Notes a row that could not be used, with its file and line. */
    void note(String line) {
        unmapped.add(line);
    }

    /** Reads a URN; {@code null} (and a note) when it is not six digits. */
    Urn urn(RegisterFile.Record row) {
        String text = row.get(Register.URN);
        try {
            return new Urn(Integer.parseInt(text));
        } catch (IllegalArgumentException e) {
            unmapped.add(row.where() + ": URN '" + text + "' is not six digits; row skipped");
            return null;
        }
    }

    RegisterSchool school(Urn urn, RegisterFile.Record row, String joinedDate, String joinedFrom) {
        String name = row.get(Register.NAME);
        String about = row.where() + ": " + urn + " " + name + ": ";
        return new RegisterSchool(
                urn,
                name.isEmpty() ? null : name,
                phase(row, about),
                region(row, about),
                emptyAsNull(row.get(Register.LOCAL_AUTHORITY)),
                pupils(row, about),
                date(joinedDate, about, joinedFrom));
    }

    /**
     * Special schools and alternative provision are told apart by their type: the register gives them the phase "Not
     * applicable". So are 16 to 19 academies when their phase is not "16 plus".
     */
    private Phase phase(RegisterFile.Record row, String about) {
        String type = row.get(Register.TYPE).toLowerCase(Locale.ROOT);
        String phase = row.get(Register.PHASE);
        if (type.contains("special")) {
            return Phase.SPECIAL;
        }
        if (type.contains("alternative provision") || type.contains("pupil referral")) {
            return Phase.ALTERNATIVE_PROVISION;
        }
        Phase mapped = PHASES.get(phase.toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return mapped;
        }
        if (type.contains("16-19") || type.contains("16 to 19")) {
            return Phase.POST_16;
        }
        unmapped.add(about + "phase '" + phase + "' (type '" + row.get(Register.TYPE)
                + "') has no phase in the schema; left empty, add it by hand");
        return null;
    }

    private Region region(RegisterFile.Record row, String about) {
        String gor = row.get(Register.REGION);
        for (Region region : Region.values()) {
            if (region.label().equalsIgnoreCase(gor)) {
                return region;
            }
        }
        unmapped.add(about + "region '" + gor + "' is not one of England's nine regions; left empty");
        return null;
    }

    private Integer pupils(RegisterFile.Record row, String about) {
        String text = row.get(Register.PUPILS);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int pupils = Integer.parseInt(text);
            if (pupils >= 0 && pupils <= 10_000) {
                return pupils;
            }
        } catch (NumberFormatException e) {
            // noted below, as for a number out of range
        }
        unmapped.add(about + "pupils '" + text + "' is not a number from 0 to 10,000; left as it was");
        return null;
    }

    private LocalDate date(String text, String about, String column) {
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form the register has used
            }
        }
        unmapped.add(about + column + " '" + text + "' is not a date; left as it was");
        return null;
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
