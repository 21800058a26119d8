package org.matreport.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    static void register(Map<String, Check> checks) {
        checks.put("VIS-101", VisionRules::outcomesNotCited);
        checks.put("VIS-102", VisionRules::outcomeNotMeasurable);
        checks.put("VIS-103", VisionRules::outcomesOnlyAccountability);
        checks.put("VIS-104", VisionRules::missionMissing);
        checks.put("VIS-105", VisionRules::targetAlreadyPast);
        checks.put("VIS-106", VisionRules::noPupilOutcome);
    }

    private static List<Outcome> outcomes(RuleContext t) {
        return t.trust().vision().outcomes();
    }

    static List<Breach> outcomesNotCited(RuleContext t) {
        if (!outcomes(t).isEmpty()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                t.trust().profile().name()
                        + "'s vision cites no outcomes, so the board has no standard to hold the strategy to",
                "vision.outcomes"));
    }

    static List<Breach> outcomeNotMeasurable(RuleContext t) {
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

    static List<Breach> outcomesOnlyAccountability(RuleContext t) {
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

    static List<Breach> missionMissing(RuleContext t) {
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

    static List<Breach> targetAlreadyPast(RuleContext t) {
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

    static List<Breach> noPupilOutcome(RuleContext t) {
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
