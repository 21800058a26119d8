package org.matreport.rules;

import static org.matreport.catalogue.Link.VISION;
import static org.matreport.catalogue.Sources.BUILDING_TRUSTS;
import static org.matreport.catalogue.Sources.CEO_ROLE;
import static org.matreport.catalogue.Sources.cite;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.matreport.model.Measure;
import org.matreport.model.Outcome;
import org.matreport.model.OutcomeArea;
import org.matreport.text.Words;

/** Checks on the vision (V): outcomes cited, measurable and about pupils, and a mission beside the vision. */
final class VisionRules {

    private static final Set<OutcomeArea> PUPIL_AREAS =
            EnumSet.of(OutcomeArea.ACADEMIC, OutcomeArea.WELLBEING, OutcomeArea.INCLUSION);

    private VisionRules() {}

    /** The rules of this link, in catalogue order, each declared with its check. */
    static List<Rule> rules() {
        return List.of(
                Rule.declare("VIS-101")
                        .name("outcomes-not-cited")
                        .severity(WARNING)
                        .link(VISION)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "trusts that performed better appeared more likely to state standards and outcomes"
                                        + " explicitly in their vision"))
                        .rationale("A vision that names no outcomes gives the board nothing to hold the strategy"
                                + " against. In the research, trusts that performed better appeared more"
                                + " likely to name standards and outcomes in their vision.")
                        .action("Add to the vision the few outcomes the trust commits to, each with a baseline and a"
                                + " target.")
                        .check(VisionRules::outcomesNotCited),
                Rule.declare("VIS-102")
                        .name("outcome-not-measurable")
                        .severity(WARNING)
                        .link(VISION)
                        .source(cite(BUILDING_TRUSTS, "visions differ in how clear and specific they are"))
                        .rationale(
                                "Without a starting value and a dated target, nobody can tell whether the trust is on"
                                        + " course.")
                        .action("Give each outcome a baseline and a target, each with a value and an academic year.")
                        .check(VisionRules::outcomeNotMeasurable),
                Rule.declare("VIS-103")
                        .name("outcomes-only-accountability")
                        .severity(INFO)
                        .link(VISION)
                        .source(cite(CEO_ROLE, "improvement priorities reach beyond the accountability agenda"))
                        .rationale("Outcomes drawn only from accountability measures leave out what moves people:"
                                + " wellbeing of pupils and staff, the trust as an employer, its"
                                + " relationships and its sustainability.")
                        .action("Consider adding outcomes for wellbeing, inclusion, staff or sustainability alongside"
                                + " results.")
                        .check(VisionRules::outcomesOnlyAccountability),
                Rule.declare("VIS-104")
                        .name("mission-missing")
                        .severity(WARNING)
                        .link(VISION)
                        .source(cite(BUILDING_TRUSTS, "the vision names the change, the mission how it comes about"))
                        .rationale("A vision says what should change; without a mission the board has no statement of"
                                + " how the trust means to bring that change about.")
                        .action("Write a mission: how the trust, working together, will reach its vision.")
                        .check(VisionRules::missionMissing),
                Rule.declare("VIS-105")
                        .name("target-already-past")
                        .severity(WARNING)
                        .link(VISION)
                        .source("data hygiene")
                        .rationale("A target dated before the year the pack plans for can no longer be aimed at; it is"
                                + " either met, missed or forgotten.")
                        .action("Report whether the target was met and set a new one for a year still ahead.")
                        .check(VisionRules::targetAlreadyPast),
                Rule.declare("VIS-106")
                        .name("no-pupil-outcome")
                        .severity(WARNING)
                        .link(VISION)
                        .source(cite(BUILDING_TRUSTS, "every trust vision in the study refers to children's outcomes"))
                        .rationale("The outcomes listed say nothing about pupils, although children's outcomes are the"
                                + " reason a trust exists.")
                        .action("Add at least one academic, wellbeing or inclusion outcome for pupils.")
                        .check(VisionRules::noPupilOutcome));
    }

    private static List<Outcome> outcomes(RuleContext t) {
        return t.trust().vision().outcomes();
    }

    private static List<Breach> outcomesNotCited(RuleContext t) {
        if (!outcomes(t).isEmpty()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                Words.possessive(t.trust().profile().name())
                        + " vision cites no outcomes, so the board has no standard to hold the strategy to",
                "vision.outcomes"));
    }

    private static List<Breach> outcomeNotMeasurable(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (int i = 0; i < outcomes(t).size(); i++) {
            Outcome o = outcomes(t).get(i);
            List<String> missing = new ArrayList<>();
            if (!complete(o.baseline())) {
                missing.add("baseline");
            }
            if (!complete(o.target())) {
                missing.add("target");
            }
            if (!missing.isEmpty()) {
                String path = "vision.outcomes[" + i + "]." + (complete(o.baseline()) ? "target" : "baseline");
                found.add(Breach.of(
                        o.id(),
                        "Outcome '" + o.id() + "' (" + o.description() + ") has no " + String.join(" and no ", missing)
                                + " with a value and a year",
                        path));
            }
        }
        return found;
    }

    private static boolean complete(Measure m) {
        return m != null && m.value() != null && !m.value().isBlank() && m.year() != null;
    }

    private static List<Breach> outcomesOnlyAccountability(RuleContext t) {
        List<Outcome> outcomes = outcomes(t);
        if (outcomes.isEmpty() || !outcomes.stream().allMatch(o -> o.area() == OutcomeArea.ACADEMIC)) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "All " + Words.plural(outcomes.size(), "outcome", "outcomes")
                        + " in the vision are academic; none covers wellbeing, inclusion, staff, community or sustainability",
                "vision.outcomes"));
    }

    private static List<Breach> missionMissing(RuleContext t) {
        String mission = t.trust().vision().mission();
        if (mission != null && !mission.isBlank()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                t.trust().profile().name()
                        + " states a vision but no mission saying how it will bring that change about",
                "vision.mission"));
    }

    private static List<Breach> targetAlreadyPast(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        var period = t.trust().profile().period();
        for (int i = 0; i < outcomes(t).size(); i++) {
            Outcome o = outcomes(t).get(i);
            if (o.target() != null
                    && o.target().year() != null
                    && o.target().year().compareTo(period) < 0) {
                found.add(Breach.of(
                        o.id(),
                        "Outcome '" + o.id() + "' targets " + o.target().year()
                                + ", before the year this pack plans for (" + period + ")",
                        "vision.outcomes[" + i + "].target.year"));
            }
        }
        return found;
    }

    private static List<Breach> noPupilOutcome(RuleContext t) {
        List<Outcome> outcomes = outcomes(t);
        if (outcomes.isEmpty() || outcomes.stream().anyMatch(o -> PUPIL_AREAS.contains(o.area()))) {
            return List.of();
        }
        List<String> areas =
                outcomes.stream().map(o -> o.area().label()).distinct().sorted().toList();
        return List.of(Breach.of(
                null,
                "None of the " + Words.plural(outcomes.size(), "outcome", "outcomes")
                        + " is about pupils: they cover only " + Words.and(areas),
                "vision.outcomes"));
    }
}
