package org.matreport.rules;

import static org.matreport.catalogue.Link.STRATEGY_TO_ALIGNMENT;
import static org.matreport.catalogue.Sources.BUILDING_TRUSTS;
import static org.matreport.catalogue.Sources.cite;
import static org.matreport.model.Severity.ERROR;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
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

    /** The rules of this link, in catalogue order, each declared with its check. */
    static List<Rule> rules() {
        return List.of(
                Rule.declare("STR-201")
                        .name("alignment-core-undecided")
                        .severity(ERROR)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(BUILDING_TRUSTS, "Cluster 2 embeds a common curriculum and pedagogy"))
                        .rationale("A strategy of alignment means one curriculum and one pedagogy; leaving either to"
                                + " schools or undecided contradicts the strategy the board chose.")
                        .action("Decide the target for curriculum and pedagogy, or reconsider whether alignment is"
                                + " the strategy.")
                        .check(t -> undecidedUnderAlignment(t, Area.CURRICULUM, Area.PEDAGOGY)),
                Rule.declare("STR-202")
                        .name("alignment-support-undecided")
                        .severity(WARNING)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "common approaches are usually built on curriculum, assessment and teacher"
                                        + " development"))
                        .rationale("Aligned trusts usually build their common way around assessment and teacher"
                                + " development as well as curriculum; leaving them to schools weakens the"
                                + " common approach.")
                        .action("Set a target for assessment and teacher development that supports the common"
                                + " approach.")
                        .check(t -> undecidedUnderAlignment(t, Area.ASSESSMENT, Area.TEACHER_DEVELOPMENT)),
                Rule.declare("STR-203")
                        .name("autonomy-with-common-core")
                        .severity(WARNING)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "Cluster 1 keeps the autonomy of school leaders; central direction and collaborative"
                                        + " convergence are two routes to consistency, chosen as a matter of culture,"
                                        + " not forms of autonomy"))
                        .rationale("A strategy of autonomy leaves curriculum and pedagogy to school leaders. Making"
                                + " either common is a move towards alignment whether the centre defines it"
                                + " or the schools converge on it together: in the research, how a trust"
                                + " reaches consistency is a separate, cultural choice, not a kind of"
                                + " autonomy. The strategy and the plan point different ways.")
                        .action("Either keep curriculum and pedagogy at shared principles or school-led, or make"
                                + " alignment the strategy and choose how to reach it.")
                        .check(StrategyRules::autonomyWithCommonCore),
                Rule.declare("STR-204")
                        .name("no-route-to-target")
                        .severity(ERROR)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "alignment comes by central direction or supported collaborative convergence"))
                        .rationale("The trust wants more consistency than it has but has said neither who will define"
                                + " the common way nor how schools will converge on it, so the target will"
                                + " not be reached.")
                        .action("Choose an approach for the area: central direction, or schools converging together"
                                + " with the centre's support.")
                        .check(StrategyRules::noRouteToTarget),
                Rule.declare("STR-205")
                        .name("back-office-left-to-schools")
                        .severity(WARNING)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "trusts in Cluster 1 and in Cluster 2 both stressed back-office efficiencies; staff"
                                        + " asked most for more standardisation of information management and back"
                                        + " office"))
                        .rationale("Trusts in both of the research's clusters, autonomy and alignment alike, stressed"
                                + " efficiencies in the back office, and trust staff asked for more"
                                + " standardisation of information management and back office than of"
                                + " anything else; leaving them to schools forgoes both.")
                        .action("Set a shared or common target for back office and information management.")
                        .check(t -> leftToSchools(
                                t,
                                "in the research, autonomy and alignment trusts alike sought efficiencies here",
                                Area.BACK_OFFICE,
                                Area.INFORMATION_MANAGEMENT)),
                Rule.declare("STR-206")
                        .name("case-for-change-missing")
                        .severity(INFO)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(BUILDING_TRUSTS, "evidence makes the case for aligning"))
                        .rationale(
                                "Schools align more readily behind evidence, from research or from what already works"
                                        + " inside the trust; without it the common way rests on authority alone.")
                        .action("Record what evidence supports the common approach in this area.")
                        .check(StrategyRules::caseForChangeMissing),
                Rule.declare("STR-207")
                        .name("mixed-without-rationale")
                        .severity(WARNING)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source("project category: Building Trusts found two clear clusters and a tentative third of"
                                + " only two trusts; mixed is this project's name for a trust that holds some"
                                + " areas in common and leaves others to schools")
                        .rationale("mixed is not one of the research's clusters but this project's own category: the"
                                + " research found two clear clusters and a tentative third of only two"
                                + " trusts, and offers no account of a trust that holds some areas in common"
                                + " and leaves others to schools. A board can judge that choice only from the"
                                + " trust's own reasons.")
                        .action("Write the rationale: which areas the trust holds in common, which it leaves to"
                                + " schools, and why.")
                        .check(StrategyRules::mixedWithoutRationale),
                Rule.declare("STR-208")
                        .name("leadership-development-left-to-schools")
                        .severity(INFO)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(BUILDING_TRUSTS, "staff asked for more common development of senior leaders"))
                        .rationale("Developing senior staff was among the things trust staff most wanted done the same"
                                + " way across schools.")
                        .action("Consider a shared approach to developing senior leaders across the trust.")
                        .check(t -> leftToSchools(
                                t,
                                "staff often ask for senior leaders to be developed the same way",
                                Area.LEADERSHIP_DEVELOPMENT)),
                Rule.declare("STR-209")
                        .name("identity-undecided")
                        .severity(INFO)
                        .link(STRATEGY_TO_ALIGNMENT)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "shared mission, vision and values align decisions across different schools"))
                        .rationale("Shared values and identity keep leaders deciding in the same spirit even when their"
                                + " schools differ; the trust has stated neither.")
                        .action("State the trust's values or decide how far schools share an identity.")
                        .check(StrategyRules::identityUndecided));
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

    private static List<Breach> undecidedUnderAlignment(RuleContext t, Area... areas) {
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
    private static List<Breach> autonomyWithCommonCore(RuleContext t) {
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

    private static List<Breach> noRouteToTarget(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (AreaState a : t.decidedAreas()) {
            if (a.belowTarget() && a.approach() == Approach.NONE) {
                found.add(Breach.of(
                        a.area().label(),
                        Words.capitalised(Words.area(a.area())) + " stands at "
                                + Words.consistency(a.current()) + " and should reach "
                                + Words.consistency(a.target())
                                + ", but no approach (central or collaborative) is set to get there",
                        a.field("approach")));
            }
        }
        return found;
    }

    private static List<Breach> leftToSchools(RuleContext t, String why, Area... areas) {
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

    private static List<Breach> caseForChangeMissing(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (AreaState a : t.decidedAreas()) {
            if (a.target() == TargetConsistency.COMMON && a.belowTarget() && a.evidence() == Evidence.NONE) {
                found.add(Breach.of(
                        a.area().label(),
                        Words.capitalised(Words.area(a.area()))
                                + " is to become common (now " + Words.consistency(a.current())
                                + ") but no evidence is recorded to make the case for change",
                        a.field("evidence")));
            }
        }
        return found;
    }

    private static List<Breach> mixedWithoutRationale(RuleContext t) {
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

    private static List<Breach> identityUndecided(RuleContext t) {
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
