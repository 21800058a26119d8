package org.matreport.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.matreport.model.Group;
import org.matreport.model.Labelled;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.text.Words;

/**
 * The schools, one table per group in the order the trust declared its groups, then schools outside any group; in
 * each table sorted by region, phase and name. Totals by group and for the trust.
 */
public record SchoolsView(List<GroupTable> groups, List<TotalRow> totals, List<TallyRow> byRegion) {

    /** Schools and pupils of one group in one region, as numbers for the chart and as words for the table. */
    public record TallyRow(
            String group, String region, int schoolCount, long pupilCount, String schools, String pupils) {}

    /** The schools of one group. */
    public record GroupTable(String name, String summary, List<SchoolRow> schools) {}

    /** One school, every cell in words. */
    public record SchoolRow(
            String name,
            String urn,
            String region,
            String phase,
            String localAuthority,
            String pupils,
            String performance,
            String joined) {}

    /** Schools and pupils of a group, or of the whole trust on the last row. */
    public record TotalRow(String name, String schools, String pupils) {}

    /** Region by its label, then phase in the order of the phases of education, then name. */
    private static final Comparator<School> ORDER = Comparator.comparing(
                    (School s) -> s.region() == null ? "~" : s.region().label())
            .thenComparing(
                    s -> s.phase() == null ? Integer.MAX_VALUE : s.phase().ordinal())
            .thenComparing(School::name)
            .thenComparing(School::urn);

    static SchoolsView of(Trust trust) {
        List<GroupTable> tables = new ArrayList<>();
        List<TotalRow> totals = new ArrayList<>();
        for (Group group : trust.operatingModel().groups()) {
            List<School> schools = trust.schools().stream()
                    .filter(s -> group.id().equals(s.group()))
                    .toList();
            add(group.name(), Words.label(group.kind()), schools, tables, totals);
        }
        List<String> known =
                trust.operatingModel().groups().stream().map(Group::id).toList();
        List<School> outside = trust.schools().stream()
                .filter(s -> s.group() == null || !known.contains(s.group()))
                .toList();
        if (!outside.isEmpty()) {
            add(known.isEmpty() ? "All schools" : "Not in a group", "", outside, tables, totals);
        }
        totals.add(new TotalRow(
                "Whole trust", Words.number(trust.schools().size()), Words.number(CoverView.pupils(trust.schools()))));
        return new SchoolsView(List.copyOf(tables), List.copyOf(totals), tallies(trust));
    }

    private static void add(
            String name, String kind, List<School> schools, List<GroupTable> tables, List<TotalRow> totals) {
        String count = Words.plural(schools.size(), "school", "schools");
        String pupils = Words.plural(CoverView.pupils(schools), "pupil", "pupils");
        String summary =
                Words.capitalised((kind.isEmpty() ? "" : "A " + kind + " of ") + count + " with " + pupils + ".");
        List<SchoolRow> rows =
                schools.stream().sorted(ORDER).map(SchoolsView::row).toList();
        tables.add(new GroupTable(name, summary, rows));
        totals.add(new TotalRow(name, Words.number(schools.size()), Words.number(CoverView.pupils(schools))));
    }

    /** Groups in the trust's order, then schools outside any group; within each, regions in the register's order. */
    static List<TallyRow> tallies(Trust trust) {
        List<TallyRow> rows = new ArrayList<>();
        List<String> known =
                trust.operatingModel().groups().stream().map(Group::id).toList();
        for (Group group : trust.operatingModel().groups()) {
            tally(
                    group.name(),
                    trust.schools().stream()
                            .filter(s -> group.id().equals(s.group()))
                            .toList(),
                    rows);
        }
        tally(
                "Not in a group",
                trust.schools().stream()
                        .filter(s -> s.group() == null || !known.contains(s.group()))
                        .toList(),
                rows);
        return List.copyOf(rows);
    }

    private static void tally(String group, List<School> schools, List<TallyRow> rows) {
        Map<String, List<School>> byRegion = new TreeMap<>();
        for (School s : schools) {
            String region = s.region() == null
                    ? "~" + Words.NOT_STATED
                    : String.format("%02d", s.region().ordinal());
            byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(s);
        }
        for (List<School> inRegion : byRegion.values()) {
            long pupils = CoverView.pupils(inRegion);
            rows.add(new TallyRow(
                    group,
                    text(inRegion.get(0).region()),
                    inRegion.size(),
                    pupils,
                    Words.number(inRegion.size()),
                    Words.number(pupils)));
        }
    }

    private static SchoolRow row(School s) {
        return new SchoolRow(
                s.name(),
                s.urn().toString(),
                text(s.region()),
                text(s.phase()),
                Words.orNotStated(s.localAuthority()),
                Words.number(s.pupils()),
                text(s.performance()),
                Words.date(s.joined()));
    }

    private static String text(Labelled value) {
        return Words.label(value);
    }
}
