package org.matreport.rules;

import static org.matreport.model.Severity.ERROR;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;
import static org.matreport.rules.Link.ALIGNMENT_TO_OPERATING_MODEL;
import static org.matreport.rules.Link.GROWTH;
import static org.matreport.rules.Link.INTELLIGENCE;
import static org.matreport.rules.Link.STRATEGY_TO_ALIGNMENT;
import static org.matreport.rules.Link.VISION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matreport.model.Severity;

/**
 * The coherence rule catalogue as data: ids, names, default severities, chain links and thresholds. The loader uses it
 * to check rule ids and threshold names that trusts write in settings and acknowledgements.
 */
public final class RuleCatalogue {

    /** Building Trusts (Ambition School Leadership, 2018). */
    static final String BUILDING_TRUSTS = "Building Trusts (Ambition School Leadership, 2018)";
    /** The role of academy trust CEO: improvement and organisational performance (Forum Education). */
    static final String CEO_ROLE = "The role of academy trust CEO: improvement and organisational performance (Forum Education)";

    private static final List<Threshold> THRESHOLDS = List.of(
            new Threshold("oversightSchools", 10, "schools at which the executive needs an education lead"),
            new Threshold("oversightPupils", 7500, "pupils at which the executive needs an education lead"),
            new Threshold("boardRepresentationSchools", 6, "schools at which a board seat for every school stops working"),
            new Threshold("communicationsSchools", 10, "schools at which staff can no longer meet as one group"),
            new Threshold("ceoDeliverySchools", 3, "schools beyond which a chief executive who delivers improvement is stretched"),
            new Threshold("clusterRegions", 2, "regions at which collaboration needs local groups"),
            new Threshold("regionalServicesRegions", 3, "regions at which central services may need to regionalise"),
            new Threshold("groupSize", 6, "schools a hub or cluster can hold while meeting often"),
            new Threshold("intelligenceSources", 4, "sources of intelligence the trust should triangulate"),
            new Threshold("delegationReviewMonths", 12, "months within which the scheme of delegation should be reviewed"),
            new Threshold("researchPercent", 5, "percent of revenue invested in research, development and training"));

    private static final List<RuleInfo> RULES = List.of(
            rule("VIS-101", "outcomes-not-cited", WARNING, VISION),
            rule("VIS-102", "outcome-not-measurable", WARNING, VISION),
            rule("VIS-103", "outcomes-only-accountability", INFO, VISION, CEO_ROLE),
            rule("VIS-104", "mission-missing", WARNING, VISION),
            rule("VIS-105", "target-already-past", WARNING, VISION),
            rule("VIS-106", "no-pupil-outcome", WARNING, VISION),
            rule("STR-201", "alignment-core-undecided", ERROR, STRATEGY_TO_ALIGNMENT),
            rule("STR-202", "alignment-support-undecided", WARNING, STRATEGY_TO_ALIGNMENT),
            rule("STR-203", "autonomy-with-central-uniformity", WARNING, STRATEGY_TO_ALIGNMENT),
            rule("STR-204", "no-route-to-target", ERROR, STRATEGY_TO_ALIGNMENT),
            rule("STR-205", "back-office-left-to-schools", WARNING, STRATEGY_TO_ALIGNMENT),
            rule("STR-206", "case-for-change-missing", INFO, STRATEGY_TO_ALIGNMENT),
            rule("STR-207", "mixed-without-rationale", WARNING, STRATEGY_TO_ALIGNMENT),
            rule("STR-208", "leadership-development-left-to-schools", INFO, STRATEGY_TO_ALIGNMENT),
            rule("STR-209", "identity-undecided", INFO, STRATEGY_TO_ALIGNMENT),
            rule("OPM-401", "central-direction-without-capacity", WARNING, ALIGNMENT_TO_OPERATING_MODEL),
            rule("OPM-402", "convergence-without-forum", WARNING, ALIGNMENT_TO_OPERATING_MODEL),
            rule("OPM-403", "network-cannot-direct", WARNING, ALIGNMENT_TO_OPERATING_MODEL),
            rule("OPM-404", "consultants-only", WARNING, ALIGNMENT_TO_OPERATING_MODEL),
            rule("OPM-405", "school-outside-groups", WARNING, ALIGNMENT_TO_OPERATING_MODEL),
            rule("OPM-406", "empty-group", INFO, ALIGNMENT_TO_OPERATING_MODEL),
            rule("OPM-407", "leaders-without-deliverers", INFO, ALIGNMENT_TO_OPERATING_MODEL, CEO_ROLE),
            rule("OPM-408", "group-too-large", INFO, ALIGNMENT_TO_OPERATING_MODEL, "groupSize"),
            rule("BRK-501", "oversight-at-scale", WARNING, GROWTH, "oversightSchools", "oversightPupils"),
            rule("BRK-502", "board-represents-every-school", WARNING, GROWTH, "boardRepresentationSchools"),
            rule("BRK-503", "board-skills-gap", WARNING, GROWTH),
            rule("BRK-504", "cohesion-by-gathering-only", WARNING, GROWTH, "communicationsSchools"),
            rule("BRK-505", "ceo-delivers-improvement", WARNING, GROWTH, CEO_ROLE, "ceoDeliverySchools"),
            rule("BRK-506", "new-school-policy-missing", WARNING, GROWTH),
            rule("BRK-507", "high-performer-joining-aligned-trust", WARNING, GROWTH),
            rule("BRK-508", "keep-own-in-aligned-trust", WARNING, GROWTH),
            rule("BRK-511", "regions-without-local-collaboration", WARNING, GROWTH, "clusterRegions"),
            rule("BRK-512", "central-services-single-site", INFO, GROWTH, "regionalServicesRegions"),
            rule("BRK-513", "common-curriculum-across-regions", INFO, GROWTH),
            rule("BRK-514", "isolated-school", INFO, GROWTH),
            rule("BRK-521", "glass-ceiling", WARNING, GROWTH),
            rule("BRK-522", "glass-floor", ERROR, GROWTH),
            rule("BRK-523", "earned-autonomy-without-criteria", WARNING, GROWTH),
            rule("BRK-524", "own-approach-unearned", WARNING, GROWTH),
            rule("BRK-525", "concern-without-capacity", WARNING, GROWTH),
            rule("INT-601", "narrow-intelligence", WARNING, INTELLIGENCE, CEO_ROLE, "intelligenceSources"),
            rule("INT-602", "data-not-standardised", WARNING, INTELLIGENCE, CEO_ROLE),
            rule("INT-603", "delegation-overlap", WARNING, INTELLIGENCE, CEO_ROLE),
            rule("INT-604", "delegation-stale", WARNING, INTELLIGENCE, "delegationReviewMonths"),
            rule("INT-605", "no-board-review", WARNING, INTELLIGENCE, CEO_ROLE),
            rule("INT-606", "low-development-investment", INFO, INTELLIGENCE, CEO_ROLE, "researchPercent"));

    private static final Map<String, RuleInfo> BY_ID = index();

    private RuleCatalogue() {}

    public static List<RuleInfo> rules() {
        return RULES;
    }

    public static List<Threshold> thresholds() {
        return THRESHOLDS;
    }

    public static Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static Optional<Threshold> threshold(String name) {
        return THRESHOLDS.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** A rule row; a trailing argument that names no threshold is the source, otherwise the source is Building Trusts. */
    private static RuleInfo rule(String id, String name, Severity severity, Link link, String... extras) {
        String source = BUILDING_TRUSTS;
        List<String> thresholds = new java.util.ArrayList<>();
        for (String extra : extras) {
            if (extra.equals(CEO_ROLE)) {
                source = CEO_ROLE;
            } else {
                thresholds.add(extra);
            }
        }
        return new RuleInfo(id, name, severity, link, thresholds, source);
    }

    private static Map<String, RuleInfo> index() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        RULES.forEach(r -> byId.put(r.id(), r));
        return byId;
    }
}
