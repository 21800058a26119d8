package org.matreport.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.matreport.model.Group;
import org.matreport.model.Labelled;
import org.matreport.model.Performance;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.text.NaturalOrder;
import org.matreport.text.Words;

/**
 * The schools, listed once: one table per group in the order the trust declared its groups, then schools outside any
 * group; in each table in natural order of name. Totals by group and region, and for the trust; how the trust rates
 * its schools, in a sentence for the body of the pack, which leaves the school-by-school list to the appendix.
 */
public record SchoolsView(
        List<GroupTable> groups,
        List<TotalRow> totals,
        List<TallyRow> byRegion,
        String totalSchools,
        String totalPupils,
        String sizes,
        String ratings) {

    /**
     * Schools and pupils of one group in one region, as numbers for the chart and as words for the table, with the
     * group's lead school on the row of its region (empty on the group's other rows).
     */
    public record TallyRow(
            String group,
            String lead,
            String region,
            int schoolCount,
            long pupilCount,
            String schools,
            String pupils) {}

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
                SchoolsChart.inWords(tallies),
                ratings(trust.schools()));
    }

    /** Most named in the ratings sentence: a longer list of schools of concern is counted, and named at the back. */
    private static final int MOST_NAMED = 5;

    /**
     * How the trust rates its schools, best first, naming those it rates a cause for concern: {@code The trust rates 3
     * of its 12 schools high, 6 secure, 2 improving and 1 a cause for concern (Beckside Primary Academy).}
     */
    static String ratings(List<School> schools) {
        List<String> parts = new ArrayList<>();
        for (Performance level : Performance.values()) {
            List<String> rated = schools.stream()
                    .filter(s -> s.performance() == level)
                    .sorted(ORDER)
                    .map(School::name)
                    .toList();
            if (rated.isEmpty()) {
                continue;
            }
            String part = Words.number(rated.size()) + " "
                    + (level == Performance.CONCERN ? "a cause for concern" : text(level));
            boolean named = level == Performance.CONCERN && rated.size() <= MOST_NAMED;
            parts.add(named ? part + " (" + Words.and(rated) + ")" : part);
        }
        long unrated = schools.stream().filter(s -> s.performance() == null).count();
        if (unrated > 0) {
            parts.add(Words.number(unrated) + " not rated");
        }
        if (parts.isEmpty()) {
            return "The trust has no schools yet.";
        }
        if (unrated == schools.size()) {
            return "The trust has not rated its schools.";
        }
        if (parts.size() == 1) {
            String only = parts.get(0);
            String how = only.substring(only.indexOf(' ') + 1);
            return schools.size() == 1
                    ? "The trust rates its one school " + how + "."
                    : "The trust rates all " + Words.plural(schools.size(), "school", "schools") + " " + how + ".";
        }
        String first = parts.get(0);
        int space = first.indexOf(' ');
        parts.set(
                0,
                first.substring(0, space) + " of its " + Words.plural(schools.size(), "school", "schools")
                        + first.substring(space));
        return "The trust rates " + Words.and(parts) + ".";
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
            School lead = trust.schools().stream()
                    .filter(s -> s.urn().equals(group.lead()))
                    .findFirst()
                    .orElse(null);
            tally(
                    group.name(),
                    lead,
                    trust.schools().stream()
                            .filter(s -> group.id().equals(s.group()))
                            .toList(),
                    rows);
        }
        tally(
                "Not in a group",
                null,
                trust.schools().stream()
                        .filter(s -> s.group() == null || !known.contains(s.group()))
                        .toList(),
                rows);
        return List.copyOf(rows);
    }

    /** What the lead school's cell says for a group that names none, and for schools outside any group. */
    private static final String NO_LEAD = "–";

    private static void tally(String group, School lead, List<School> schools, List<TallyRow> rows) {
        Map<String, List<School>> byRegion = new TreeMap<>();
        for (School s : schools) {
            String region = s.region() == null
                    ? "~" + Words.NOT_STATED
                    : String.format("%02d", s.region().ordinal());
            byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(s);
        }
        boolean leadShown = false;
        List<List<School>> regions = new ArrayList<>(byRegion.values());
        for (List<School> inRegion : regions) {
            long pupils = CoverView.pupils(inRegion);
            // The lead school on the row of its own region; a lead outside the group's schools, or none, on the first.
            boolean leadHere =
                    lead == null || !schools.contains(lead) ? inRegion == regions.get(0) : inRegion.contains(lead);
            String leadCell = leadHere && !leadShown ? (lead == null ? NO_LEAD : lead.name()) : "";
            leadShown |= leadHere;
            rows.add(new TallyRow(
                    group,
                    leadCell,
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
