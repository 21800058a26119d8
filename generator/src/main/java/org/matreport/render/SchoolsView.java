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
import org.matreport.text.NaturalOrder;
import org.matreport.text.Words;

/**
 * The schools, listed once: one table per group in the order the trust declared its groups, then schools outside any
 * group; in each table in natural order of name. Totals by group and region, and for the trust.
 */
public record SchoolsView(
        List<GroupTable> groups,
        List<TotalRow> totals,
        List<TallyRow> byRegion,
        String totalSchools,
        String totalPupils,
        String sameSize) {

    /** Schools and pupils of one group in one region, as numbers for the chart and as words for the table. */
    public record TallyRow(
            String group, String region, int schoolCount, long pupilCount, String schools, String pupils) {}

    /** The schools of one group. */
    public record GroupTable(String name, String summary, List<SchoolRow> schools) {}

    /** Every school once, group by group in the trust's order, in natural order of name within each group. */
    public List<SchoolRow> all() {
        return groups.stream().flatMap(g -> g.schools().stream()).toList();
    }

    /** One school, every cell in words, with the group it belongs to. */
    public record SchoolRow(
            String group,
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

    /** By name as people sort names ("Academy 2" before "Academy 11"), then URN for two schools of one name. */
    private static final Comparator<School> ORDER =
            Comparator.comparing(School::name, NaturalOrder.INSTANCE).thenComparing(School::urn);

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
        List<TallyRow> tallies = tallies(trust);
        return new SchoolsView(
                List.copyOf(tables),
                List.copyOf(totals),
                tallies,
                Words.number(trust.schools().size()),
                Words.number(CoverView.pupils(trust.schools())),
                sameSize(tallies));
    }

    /** The sentence that stands in for a chart of bars that would all be one length. */
    private static String sameSize(List<TallyRow> tallies) {
        if (tallies.size() <= 1) {
            return "All the trust's schools are in one group and region.";
        }
        TallyRow first = tallies.get(0);
        return "Every group and region has " + Words.plural(first.pupilCount(), "pupil", "pupils") + ".";
    }

    private static void add(
            String name, String kind, List<School> schools, List<GroupTable> tables, List<TotalRow> totals) {
        String count = Words.plural(schools.size(), "school", "schools");
        String pupils = Words.plural(CoverView.pupils(schools), "pupil", "pupils");
        String summary =
                Words.capitalised((kind.isEmpty() ? "" : "A " + kind + " of ") + count + " with " + pupils + ".");
        List<SchoolRow> rows =
                schools.stream().sorted(ORDER).map(s -> row(name, s)).toList();
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

    private static SchoolRow row(String group, School s) {
        return new SchoolRow(
                group,
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
