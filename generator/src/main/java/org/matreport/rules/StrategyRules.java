package org.matreport.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.Cluster;
import org.matreport.model.Evidence;
import org.matreport.model.TargetConsistency;
import org.matreport.text.Words;

/** Checks from strategy to alignment (S→A): the areas a strategy needs decided, and a route to every target. */
final class StrategyRules {

    private StrategyRules() {}

    static void register(Map<String, Check> checks) {
        checks.put("STR-201", t -> undecidedUnderAlignment(t, Area.CURRICULUM, Area.PEDAGOGY));
        checks.put("STR-202", t -> undecidedUnderAlignment(t, Area.ASSESSMENT, Area.TEACHER_DEVELOPMENT));
        checks.put("STR-203", StrategyRules::autonomyWithCommonCore);
        checks.put("STR-204", StrategyRules::noRouteToTarget);
        checks.put(
                "STR-205",
                t -> leftToSchools(
                        t,
                        "in the research, autonomy and alignment trusts alike sought efficiencies here",
                        Area.BACK_OFFICE,
                        Area.INFORMATION_MANAGEMENT));
        checks.put("STR-206", StrategyRules::caseForChangeMissing);
        checks.put("STR-207", StrategyRules::mixedWithoutRationale);
        checks.put(
                "STR-208",
                t -> leftToSchools(
                        t,
                        "staff often ask for senior leaders to be developed the same way",
                        Area.LEADERSHIP_DEVELOPMENT));
        checks.put("STR-209", StrategyRules::identityUndecided);
    }

    /** An area left out, or one whose target is school-led. */
    private static Optional<String> notShared(RuleContext t, Area area) {
        Optional<AreaState> state = t.area(area);
        if (state.isEmpty()) {
            return Optional.of("undecided");
        }
        return state.get().target() == TargetConsistency.SCHOOL_LED
                ? Optional.of("left to schools (target school-led)")
                : Optional.empty();
    }

    private static String areaPath(RuleContext t, Area area) {
        return t.area(area).isPresent() ? "alignment.areas." + area.label() + ".target" : "alignment.areas";
    }

    static List<Breach> undecidedUnderAlignment(RuleContext t, Area... areas) {
        if (t.cluster() != Cluster.ALIGNMENT) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (Area area : areas) {
            notShared(t, area)
                    .ifPresent(state -> found.add(Breach.of(
                            area.label(),
                            Words.capitalised(Words.area(area)) + " is " + state
                                    + " although the trust's strategy is alignment",
                            areaPath(t, area),
                            "strategy.cluster")));
        }
        return found;
    }

    /**
     * Autonomy with curriculum or pedagogy made common by any approach: the route to consistency (central direction or
     * collaborative convergence) is a cultural choice, and neither route keeps the area with school leaders.
     */
    static List<Breach> autonomyWithCommonCore(RuleContext t) {
        if (t.cluster() != Cluster.AUTONOMY) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (Area area : List.of(Area.CURRICULUM, Area.PEDAGOGY)) {
            t.area(area)
                    .filter(a -> a.target() == TargetConsistency.COMMON)
                    .ifPresent(a -> found.add(Breach.of(
                            area.label(),
                            Words.capitalised(Words.area(area)) + " is to be made common (" + route(a)
                                    + ") although the trust's strategy is autonomy",
                            a.field("target"),
                            "strategy.cluster")));
        }
        return found;
    }

    private static String route(AreaState a) {
        return switch (a.approach()) {
            case CENTRAL -> "by central direction";
            case COLLABORATIVE -> "by collaborative convergence";
            case NONE -> "with no approach chosen";
        };
    }

    static List<Breach> noRouteToTarget(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (AreaState a : t.decidedAreas()) {
            if (a.belowTarget() && a.approach() == Approach.NONE) {
                found.add(Breach.of(
                        a.area().label(),
                        Words.capitalised(Words.area(a.area())) + " stands at "
                                + a.current().label() + " and should reach "
                                + a.target().label()
                                + ", but no approach (central or collaborative) is set to get there",
                        a.field("approach")));
            }
        }
        return found;
    }

    static List<Breach> leftToSchools(RuleContext t, String why, Area... areas) {
        if (t.schoolCount() < 2) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (Area area : areas) {
            notShared(t, area)
                    .ifPresent(state -> found.add(Breach.of(
                            area.label(),
                            Words.capitalised(Words.area(area)) + " is " + state + " across the trust's "
                                    + Words.plural(t.schoolCount(), "school", "schools") + "; " + why,
                            areaPath(t, area))));
        }
        return found;
    }

    static List<Breach> caseForChangeMissing(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (AreaState a : t.decidedAreas()) {
            if (a.target() == TargetConsistency.COMMON && a.belowTarget() && a.evidence() == Evidence.NONE) {
                found.add(Breach.of(
                        a.area().label(),
                        Words.capitalised(Words.area(a.area()))
                                + " is to become common (now " + a.current().label()
                                + ") but no evidence is recorded to make the case for change",
                        a.field("evidence")));
            }
        }
        return found;
    }

    static List<Breach> mixedWithoutRationale(RuleContext t) {
        String rationale = t.trust().strategy().rationale();
        if (t.cluster() != Cluster.MIXED || (rationale != null && !rationale.isBlank())) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                t.trust().profile().name() + " describes its strategy as mixed (some areas held in common, others"
                        + " left to schools) but gives no rationale for that choice",
                "strategy.rationale"));
    }

    static List<Breach> identityUndecided(RuleContext t) {
        if (t.schoolCount() < 2
                || t.area(Area.IDENTITY).isPresent()
                || !t.trust().vision().values().isEmpty()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The trust's " + Words.plural(t.schoolCount(), "school", "schools")
                        + " share neither stated values nor a decided identity",
                "alignment.areas",
                "vision.values"));
    }
}
