package org.matreport.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.matreport.model.Alignment;
import org.matreport.model.Area;
import org.matreport.model.AreaPlan;
import org.matreport.model.EarnedAutonomy;
import org.matreport.model.NewSchools;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.text.NaturalOrder;
import org.matreport.text.Words;

/**
 * How the trust brings its schools into line: the approach in each area and the schools that keep their own there,
 * what happens when a school joins, and whether a school can earn its own way.
 */
public record AlignmentView(
        List<AreaRow> areas,
        String newSchools,
        String newSchoolNotes,
        String earnedAutonomy,
        List<String> autonomyCriteria,
        List<Row> ownApproach) {

    /**
     * The schools that keep their own approach, in a sentence under the area table: {@code Darwen Moorland Academy
     * keeps its own approach to curriculum.}
     */
    public String ownApproachText() {
        if (ownApproach.isEmpty()) {
            return "No school keeps its own approach in any area.";
        }
        if (ownApproach.size() == 1) {
            Row only = ownApproach.get(0);
            return only.label() + " keeps its own approach to " + only.value() + ".";
        }
        return "Schools keeping their own approach: "
                + Words.and(ownApproach.stream()
                        .map(r -> r.label() + " (" + r.value() + ")")
                        .toList())
                + ".";
    }

    /** One area: how the trust aligns it and which schools keep their own approach in it. */
    public record AreaRow(String area, String target, String approach, String keepOwn) {}

    static AlignmentView of(Trust trust) {
        Alignment alignment = trust.alignment();
        Map<Area, AreaPlan> plans = alignment == null ? Map.of() : alignment.areas();
        List<AreaRow> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            AreaPlan plan = plans.get(area);
            List<String> keeping = trust.schools().stream()
                    .filter(s -> s.ownApproach().contains(area))
                    .map(School::name)
                    .sorted()
                    .toList();
            areas.add(new AreaRow(
                    Words.capitalised(Words.area(area)),
                    plan == null ? Words.NOT_DECIDED : Words.consistency(plan.target()),
                    plan == null ? Words.NOT_DECIDED : StrategyView.approach(plan),
                    keeping.isEmpty() ? "none" : String.join("; ", keeping)));
        }
        NewSchools newSchools = alignment == null ? null : alignment.newSchools();
        EarnedAutonomy earned = alignment == null ? null : alignment.earnedAutonomy();
        return new AlignmentView(
                List.copyOf(areas),
                newSchools(newSchools),
                newSchools == null ? "" : Words.orNotStated(newSchools.notes()),
                earned(earned),
                criteria(earned),
                ownApproach(trust));
    }

    private static String newSchools(NewSchools newSchools) {
        if (newSchools == null || newSchools.policy() == null) {
            return "The trust has not said what happens to its common way of working when a school joins.";
        }
        return switch (newSchools.policy()) {
            case INDUCT -> "A joining school is inducted into the trust's common way of working.";
            case REOPEN ->
                "When a school joins, the trust reopens its common way of working so that the new school helps to"
                        + " shape it.";
            case KEEP_OWN -> "A joining school keeps its own way of working.";
            case IMPOSE -> "A joining school takes on the trust's common way of working as it stands.";
        };
    }

    private static String earned(EarnedAutonomy earned) {
        if (earned == null || earned.enabled() == null) {
            return "The trust has not said whether a school can earn autonomy from the common approach.";
        }
        if (!earned.enabled()) {
            return "Schools cannot earn autonomy from the common approach.";
        }
        return "A school can earn autonomy from the common approach.";
    }

    /**
     * The criteria as the trust wrote them, kept apart from the sentence so that the template prints them as prose;
     * a list of one when autonomy can be earned, empty otherwise.
     */
    private static List<String> criteria(EarnedAutonomy earned) {
        boolean enabled = earned != null && Boolean.TRUE.equals(earned.enabled());
        return enabled ? List.of(Words.orNotStated(earned.criteria())) : List.of();
    }

    /** Each school that keeps its own approach somewhere, with the areas, sorted by school name. */
    private static List<Row> ownApproach(Trust trust) {
        return trust.schools().stream()
                .filter(s -> !s.ownApproach().isEmpty())
                .sorted(Comparator.comparing(School::name, NaturalOrder.INSTANCE))
                .map(s -> new Row(
                        s.name(),
                        Words.and(s.ownApproach().stream().map(Words::area).toList())))
                .toList();
    }
}
