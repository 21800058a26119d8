package org.matreport.rules;

import static org.matreport.catalogue.Threshold.BOARD_REPRESENTATION_SCHOOLS;
import static org.matreport.catalogue.Threshold.CEO_DELIVERY_SCHOOLS;
import static org.matreport.catalogue.Threshold.CLUSTER_REGIONS;
import static org.matreport.catalogue.Threshold.COMMUNICATIONS_SCHOOLS;
import static org.matreport.catalogue.Threshold.OVERSIGHT_PUPILS;
import static org.matreport.catalogue.Threshold.OVERSIGHT_SCHOOLS;
import static org.matreport.catalogue.Threshold.POLICY_HORIZON_MONTHS;
import static org.matreport.catalogue.Threshold.REGIONAL_SERVICES_REGIONS;
import static org.matreport.model.ModelKind.CLUSTERS;
import static org.matreport.model.ModelKind.HUB;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.BoardRepresentation;
import org.matreport.model.BoardSkill;
import org.matreport.model.CentralServices;
import org.matreport.model.Cluster;
import org.matreport.model.Focus;
import org.matreport.model.ImprovementRole;
import org.matreport.model.NewSchoolPolicy;
import org.matreport.model.Performance;
import org.matreport.model.PolicyChange;
import org.matreport.model.Severity;
import org.matreport.model.TargetConsistency;
import org.matreport.text.Words;

/**
 * Growth and break points (G). Each check reads only the schools in its context, so the engine can run it on the
 * trust as it is and again after every growth date to see break points coming.
 */
final class BreakPointRules {

    /** The expertise every trust board needs once it holds more than one school. */
    private static final Set<BoardSkill> CORE_SKILLS = EnumSet.of(
            BoardSkill.EDUCATION,
            BoardSkill.FINANCE,
            BoardSkill.LEGAL,
            BoardSkill.PEOPLE,
            BoardSkill.ESTATES,
            BoardSkill.AUDIT_RISK);

    private static final String DIRECTED = "operatingModel.governance.schemeOfDelegation.directedIntervention";

    private BreakPointRules() {}

    static void register(Map<String, Check> checks) {
        checks.put("BRK-501", BreakPointRules::oversightAtScale);
        checks.put("BRK-509", BreakPointRules::improvementLeadershipGap);
        checks.put("BRK-502", BreakPointRules::boardRepresentsEverySchool);
        checks.put("BRK-503", BreakPointRules::boardSkillsGap);
        checks.put("BRK-504", BreakPointRules::cohesionByGatheringOnly);
        checks.put("BRK-505", BreakPointRules::ceoDeliversImprovement);
        checks.put("BRK-506", BreakPointRules::newSchoolPolicyMissing);
        checks.put("BRK-507", BreakPointRules::highPerformerJoiningAlignedTrust);
        checks.put("BRK-508", BreakPointRules::keepOwnInAlignedTrust);
        checks.put("BRK-511", BreakPointRules::regionsWithoutLocalCollaboration);
        checks.put("BRK-512", BreakPointRules::centralServicesSingleSite);
        checks.put("BRK-513", BreakPointRules::commonCurriculumAcrossRegions);
        checks.put("BRK-514", BreakPointRules::isolatedSchool);
        checks.put("BRK-515", BreakPointRules::newPhaseJoining);
        checks.put("BRK-521", BreakPointRules::glassCeiling);
        checks.put("BRK-522", BreakPointRules::glassFloor);
        checks.put("BRK-523", BreakPointRules::earnedAutonomyWithoutCriteria);
        checks.put("BRK-524", BreakPointRules::ownApproachUnearned);
        checks.put("BRK-525", BreakPointRules::concernWithoutCapacity);
        checks.put("BRK-526", BreakPointRules::ratingWithoutBasis);
        checks.put("BRK-531", BreakPointRules::policyChangeUnassessed);
    }

    private static String schools(RuleContext t) {
        return Words.plural(t.schoolCount(), "school", "schools");
    }

    private static String regions(RuleContext t) {
        return Words.and(t.regions().stream().map(Words::label).toList());
    }

    /** Whether the trust has reached BRK-501's size, by schools or by pupils. */
    private static boolean atOversightScale(RuleContext t) {
        return t.schoolCount() >= t.threshold(OVERSIGHT_SCHOOLS) || t.pupilCount() >= t.threshold(OVERSIGHT_PUPILS);
    }

    static List<Breach> oversightAtScale(RuleContext t) {
        double schoolLimit = t.threshold(OVERSIGHT_SCHOOLS);
        double pupilLimit = t.threshold(OVERSIGHT_PUPILS);
        if (!atOversightScale(t) || t.hasRole(Focus.IMPROVEMENT_LEADERSHIP)) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "With " + schools(t) + " and " + t.pupilCount() + " pupils (oversight threshold "
                        + Words.number(schoolLimit) + " schools or " + Words.number(pupilLimit)
                        + " pupils) the central team has no improvement-leadership role",
                t.schoolsPath(),
                "operatingModel.centralTeam"));
    }

    /**
     * Between the size at which a chief executive should enable rather than deliver and BRK-501's size: a chief
     * executive who does not deliver in person (a role not recorded counts as not delivering, as BRK-505 is then
     * silent) and no one leading improvement.
     */
    static List<Breach> improvementLeadershipGap(RuleContext t) {
        double limit = t.threshold(CEO_DELIVERY_SCHOOLS);
        if (t.schoolCount() <= limit
                || t.ceoRole() == ImprovementRole.DELIVERS
                || t.hasRole(Focus.IMPROVEMENT_LEADERSHIP)
                || atOversightScale(t)) {
            return List.of();
        }
        String ceo = t.ceoRole() == null
                ? "the chief executive's part in improvement is not recorded"
                : "the chief executive enables rather than delivers improvement";
        return List.of(Breach.of(
                null,
                "With " + schools(t) + " (more than " + Words.number(limit) + "), " + ceo
                        + ", and no central role leads improvement",
                "operatingModel.centralTeam",
                "operatingModel.ceo.improvementRole",
                t.schoolsPath()));
    }

    static List<Breach> boardRepresentsEverySchool(RuleContext t) {
        double limit = t.threshold(BOARD_REPRESENTATION_SCHOOLS);
        if (t.boardRepresentation() != BoardRepresentation.ALL || t.schoolCount() < limit) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Every local governing body sits on the board, and the trust has " + schools(t) + " (threshold "
                        + Words.number(limit) + ")",
                "operatingModel.governance.localGovernorsOnBoard",
                t.schoolsPath()));
    }

    /** One finding per missing skill, so that a board can acknowledge each gap on its own. */
    static List<Breach> boardSkillsGap(RuleContext t) {
        if (t.schoolCount() < 2) {
            return List.of();
        }
        Set<BoardSkill> missing = EnumSet.copyOf(CORE_SKILLS);
        missing.removeAll(t.boardSkills());
        String all = Words.and(missing.stream().map(Words::label).toList());
        List<Breach> found = new ArrayList<>();
        for (BoardSkill skill : missing) {
            found.add(Breach.of(
                    skill.label(),
                    "The board of a trust with " + schools(t) + " lacks " + Words.label(skill) + " expertise"
                            + (missing.size() > 1 ? " (missing in all: " + all + ")" : ""),
                    "operatingModel.governance.skills"));
        }
        return found;
    }

    static List<Breach> cohesionByGatheringOnly(RuleContext t) {
        double limit = t.threshold(COMMUNICATIONS_SCHOOLS);
        if (t.schoolCount() < limit || !t.otherChannels().isEmpty()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "With " + schools(t) + " (threshold " + Words.number(limit)
                        + ") the trust has no channel besides gathering all staff together",
                "operatingModel.communications.other",
                t.schoolsPath()));
    }

    static List<Breach> ceoDeliversImprovement(RuleContext t) {
        double limit = t.threshold(CEO_DELIVERY_SCHOOLS);
        if (t.ceoRole() != ImprovementRole.DELIVERS || t.schoolCount() <= limit) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The chief executive delivers improvement in person across " + schools(t) + ", more than "
                        + Words.number(limit),
                "operatingModel.ceo.improvementRole",
                t.schoolsPath()));
    }

    /**
     * A common way reached by either route needs a policy for a school that joins: areas converged on collaboratively,
     * and improvement areas made common by central definition.
     */
    static List<Breach> newSchoolPolicyMissing(RuleContext t) {
        List<AreaState> collaborative = t.decidedAreas().stream()
                .filter(a -> a.approach() == Approach.COLLABORATIVE)
                .toList();
        List<AreaState> defined = t.decidedAreas().stream()
                .filter(a -> a.approach() != Approach.COLLABORATIVE
                        && a.area().isImprovement()
                        && a.target() == TargetConsistency.COMMON)
                .toList();
        if ((collaborative.isEmpty() && defined.isEmpty()) || t.newSchoolPolicy() != null) {
            return List.of();
        }
        List<String> ways = new ArrayList<>();
        if (!collaborative.isEmpty()) {
            ways.add("schools converge collaboratively on " + areaNames(collaborative));
        }
        if (!defined.isEmpty()) {
            ways.add(areaNames(defined) + (defined.size() == 1 ? " is" : " are") + " to be common across the trust");
        }
        int joining = t.trust().growth().size();
        Breach breach = Breach.of(
                null,
                Words.capitalised(String.join(", and ", ways))
                        + ", but no policy says what happens when a school joins"
                        + (joining > 0
                                ? "; " + Words.plural(joining, "school is", "schools are") + " expected to join"
                                : ""),
                "alignment.newSchools.policy");
        // A school already on its way makes the missing policy a contradiction, not only a gap.
        return List.of(joining > 0 ? breach.escalatedTo(Severity.ERROR) : breach);
    }

    private static String areaNames(List<AreaState> areas) {
        return Words.and(areas.stream().map(a -> Words.area(a.area())).toList());
    }

    /** Judged on the schools joined by the forecast's date, so that each is reported ahead at its own date. */
    static List<Breach> highPerformerJoiningAlignedTrust(RuleContext t) {
        if (t.cluster() != Cluster.ALIGNMENT) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            if (s.isJoining() && s.performance() == Performance.HIGH) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + ", a high-performing school expected on " + Words.date(s.joins())
                                + ", will join a trust aligned on a common curriculum and pedagogy",
                        s.field("performance"),
                        "strategy.cluster"));
            }
        }
        return found;
    }

    static List<Breach> keepOwnInAlignedTrust(RuleContext t) {
        if (t.cluster() != Cluster.ALIGNMENT || t.newSchoolPolicy() != NewSchoolPolicy.KEEP_OWN) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Joining schools keep their own approach although the trust's strategy is alignment",
                "alignment.newSchools.policy",
                "strategy.cluster"));
    }

    static List<Breach> regionsWithoutLocalCollaboration(RuleContext t) {
        double limit = t.threshold(CLUSTER_REGIONS);
        if (t.regions().size() < limit || t.hasAnyModel(CLUSTERS, HUB)) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The trust's " + schools(t) + " span " + t.regions().size() + " regions (" + regions(t)
                        + ") but the operating model has neither clusters nor hubs",
                t.schoolsPath(),
                "operatingModel.models"));
    }

    static List<Breach> centralServicesSingleSite(RuleContext t) {
        double limit = t.threshold(REGIONAL_SERVICES_REGIONS);
        if (t.regions().size() < limit || t.centralServices() != CentralServices.SINGLE_SITE) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Central services run from a single site for schools in "
                        + t.regions().size() + " regions (" + regions(t) + ")",
                "operatingModel.centralServices",
                t.schoolsPath()));
    }

    static List<Breach> commonCurriculumAcrossRegions(RuleContext t) {
        boolean common = t.area(Area.CURRICULUM)
                .map(a -> a.target() == TargetConsistency.COMMON)
                .orElse(false);
        if (!common || t.regions().size() < 2) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The trust aims for one curriculum across schools in "
                        + t.regions().size() + " regions (" + regions(t) + ")",
                "alignment.areas.curriculum.target",
                t.schoolsPath()));
    }

    static List<Breach> isolatedSchool(RuleContext t) {
        if (t.regions().size() < 2) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            if (s.region() != null
                    && t.schools().stream()
                                    .filter(o -> s.region() == o.region())
                                    .count()
                            == 1) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + " is the trust's only school in "
                                + Words.label(s.region())
                                + "; the other schools are in "
                                + Words.and(t.regions().stream()
                                        .filter(r -> r != s.region())
                                        .map(Words::label)
                                        .toList()),
                        s.field("region")));
            }
        }
        return found;
    }

    /**
     * A growth school whose phase no school open or joining before it has, judged at the forecast's date so that
     * each is reported ahead at its own date; schools of one new phase joining together are each reported.
     */
    static List<Breach> newPhaseJoining(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            if (!s.isJoining() || s.phase() == null) {
                continue;
            }
            List<TrustSchool> before = t.schools().stream()
                    .filter(o -> !o.isJoining() || o.joins().isBefore(s.joins()))
                    .toList();
            if (!before.isEmpty() && before.stream().noneMatch(o -> o.phase() == s.phase())) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + ", expected on " + s.joins() + ", would be the trust's first "
                                + Words.label(s.phase()) + " school",
                        s.field("phase")));
            }
        }
        return found;
    }

    static List<Breach> glassCeiling(RuleContext t) {
        if (t.cluster() != Cluster.ALIGNMENT || t.earnedAutonomyEnabled()) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            if (s.performance() == Performance.HIGH) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + " performs highly in a trust aligned on a common model, with no earned autonomy to"
                                + " let it innovate beyond it",
                        s.field("performance"),
                        "alignment.earnedAutonomy"));
            }
        }
        return found;
    }

    static List<Breach> glassFloor(RuleContext t) {
        if (t.cluster() == Cluster.ALIGNMENT || t.directedIntervention()) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            if (s.performance() == Performance.CONCERN) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + " is a cause for concern, but in this "
                                + t.cluster().label() + " trust the scheme of delegation does not let the trust direct"
                                + " intervention",
                        s.field("performance"),
                        DIRECTED));
            }
        }
        return found;
    }

    static List<Breach> earnedAutonomyWithoutCriteria(RuleContext t) {
        String criteria = t.earnedAutonomyCriteria();
        if (!t.earnedAutonomyEnabled() || (criteria != null && !criteria.isBlank())) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Earned autonomy is enabled but no criteria say how a school earns it",
                "alignment.earnedAutonomy.criteria"));
    }

    static List<Breach> ownApproachUnearned(RuleContext t) {
        if (t.cluster() != Cluster.ALIGNMENT) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            boolean earned = t.earnedAutonomyEnabled() && s.performance() == Performance.HIGH;
            if (!s.ownApproach().isEmpty() && !earned) {
                String areas =
                        Words.and(s.ownApproach().stream().map(Words::area).toList());
                String why = !t.earnedAutonomyEnabled()
                        ? "the trust has no earned autonomy"
                        : "its performance is "
                                + (s.performance() == null ? "not recorded" : Words.label(s.performance()))
                                + ", not high";
                found.add(Breach.of(
                        s.subject(),
                        s.label() + " keeps its own approach to " + areas + " in an aligned trust, although " + why,
                        s.field("ownApproach")));
            }
        }
        return found;
    }

    static List<Breach> concernWithoutCapacity(RuleContext t) {
        if (t.hasDeliveryCapacity()) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            if (s.performance() == Performance.CONCERN) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + " is a cause for concern, but the trust has no delivery capacity to support it: "
                                + RuleContext.DELIVERY_CAPACITY,
                        s.field("performance"),
                        "operatingModel.centralTeam"));
            }
        }
        return found;
    }

    static List<Breach> ratingWithoutBasis(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            boolean rated = s.performance() == Performance.HIGH || s.performance() == Performance.CONCERN;
            if (rated && s.performanceBasis().isEmpty()) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + " is rated " + s.performance().label()
                                + " with nothing recorded to say what the rating rests on",
                        s.field("performance")));
            }
        }
        return found;
    }

    /**
     * Each policy change taking effect by the horizon with no owner or no assessment: found now, arriving now when
     * already in effect at the board meeting and otherwise on the day it takes effect.
     */
    static List<Breach> policyChangeUnassessed(RuleContext t) {
        double months = t.threshold(POLICY_HORIZON_MONTHS);
        LocalDate judged = t.governanceDate();
        LocalDate horizon = judged.plusMonths((long) months);
        List<Breach> found = new ArrayList<>();
        List<PolicyChange> policy = t.trust().policy();
        for (int i = 0; i < policy.size(); i++) {
            PolicyChange change = policy.get(i);
            boolean owned = change.owner() != null && !change.owner().isBlank();
            if (change.effective().isAfter(horizon) || (owned && change.assessed() != null)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (change.assessed() == null) {
                missing.add("has not been assessed");
            }
            if (!owned) {
                missing.add("has no owner");
            }
            boolean inEffect = !change.effective().isAfter(judged);
            String path = "policy[" + i + "]";
            Breach breach = Breach.of(
                    change.id(),
                    "The policy change '" + change.title() + "' " + (inEffect ? "took" : "takes") + " effect on "
                            + change.effective()
                            + (inEffect ? "" : ", within " + Words.number(months) + " months of " + judged)
                            + ", and " + String.join(" and ", missing),
                    path + (change.assessed() == null ? ".assessed" : ".owner"),
                    path);
            found.add(inEffect ? breach : breach.arrivingOn(change.effective()));
        }
        return found;
    }
}
