package org.matreport.rules;

import static org.matreport.catalogue.Link.GROWTH;
import static org.matreport.catalogue.Sources.BUILDING_TRUSTS;
import static org.matreport.catalogue.Sources.CEO_ROLE;
import static org.matreport.catalogue.Sources.WHITE_PAPER;
import static org.matreport.catalogue.Sources.cite;
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
import static org.matreport.model.Severity.ERROR;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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

    /** The rules of this link, in catalogue order, each declared with its check. */
    static List<Rule> rules() {
        return List.of(
                Rule.declare("BRK-501")
                        .name("oversight-at-scale")
                        .severity(WARNING)
                        .link(GROWTH)
                        .thresholds(OVERSIGHT_SCHOOLS, OVERSIGHT_PUPILS)
                        .source(cite(
                                        BUILDING_TRUSTS,
                                        "as schools and pupils grow in number, trusts tighten monitoring and"
                                                + " bring education leads into the executive")
                                + "; the figures of 10 schools and 7,500 pupils come from " + WHITE_PAPER
                                + ", which expects trusts to reach that size; they are not a finding of"
                                + " Building Trusts")
                        .rationale("Past some size a chief executive can no longer keep oversight through direct"
                                + " contact; the research found that trusts then tighten monitoring and add"
                                + " education leads to the executive. The research names no size: the"
                                + " thresholds here are the 2022 white paper's expectation of trust size.")
                        .action("Appoint or plan an improvement leader in the central team before this size is"
                                + " reached.")
                        .check(BreakPointRules::oversightAtScale),
                Rule.declare("BRK-509")
                        .name("improvement-leadership-gap")
                        .severity(WARNING)
                        .link(GROWTH)
                        .thresholds(CEO_DELIVERY_SCHOOLS, OVERSIGHT_SCHOOLS, OVERSIGHT_PUPILS)
                        .source(cite(
                                        CEO_ROLE,
                                        "once the chief executive steps back from delivering improvement,"
                                                + " improvement-leadership capacity in the senior team is crucial")
                                + "; "
                                + cite(BUILDING_TRUSTS, "growing trusts bring education leads into the executive"))
                        .rationale("A chief executive who no longer delivers improvement in person still needs someone"
                                + " to lead it: the article calls improvement-leadership capacity in the"
                                + " senior team crucial, and the research found growing trusts add education"
                                + " leads to the executive. The trust is past the two or three schools at"
                                + " which the article expects chief executives to enable rather than deliver,"
                                + " yet no central role leads improvement. A chief executive whose role is"
                                + " not recorded is read as not delivering improvement in person. Once the trust"
                                + " is large enough for the executive to need an education lead, the rule on"
                                + " oversight at scale takes over.")
                        .action("Name who leads school improvement across the trust: a central role whose focus is"
                                + " improvement leadership, part time if need be.")
                        .check(BreakPointRules::improvementLeadershipGap),
                Rule.declare("BRK-502")
                        .name("board-represents-every-school")
                        .severity(WARNING)
                        .link(GROWTH)
                        .thresholds(BOARD_REPRESENTATION_SCHOOLS)
                        .source(cite(BUILDING_TRUSTS, "a board seat for every school becomes impractical at scale"))
                        .rationale("A board with a seat for every local governing body grows with each school and pulls"
                                + " trustees towards their own school rather than the whole trust.")
                        .action("Plan a board chosen for skills, with local voices heard through other routes.")
                        .check(BreakPointRules::boardRepresentsEverySchool),
                Rule.declare("BRK-503")
                        .name("board-skills-gap")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(BUILDING_TRUSTS, "even small trusts must widen their boards' expertise"))
                        .rationale("Once a trust holds more than one school, its board answers for more than any single"
                                + " head did and needs the professional skills to match.")
                        .action("Recruit or train trustees for the missing expertise.")
                        .check(BreakPointRules::boardSkillsGap),
                Rule.declare("BRK-504")
                        .name("cohesion-by-gathering-only")
                        .severity(WARNING)
                        .link(GROWTH)
                        .thresholds(COMMUNICATIONS_SCHOOLS)
                        .source(cite(BUILDING_TRUSTS, "too many staff to meet as one group"))
                        .rationale("Bringing every member of staff together stops working as the trust grows; cohesion"
                                + " then needs other regular channels.")
                        .action("Add channels such as briefings, group networks or a newsletter.")
                        .check(BreakPointRules::cohesionByGatheringOnly),
                Rule.declare("BRK-505")
                        .name("ceo-delivers-improvement")
                        .severity(WARNING)
                        .link(GROWTH)
                        .thresholds(CEO_DELIVERY_SCHOOLS)
                        .source(cite(CEO_ROLE, "beyond two or three schools, enabling chief executives succeed"))
                        .rationale("A chief executive who delivers improvement in schools runs out of time as the trust"
                                + " grows, and the rest of the role suffers.")
                        .action("Move the chief executive to enabling improvement and build leaders who deliver it.")
                        .check(BreakPointRules::ceoDeliversImprovement),
                Rule.declare("BRK-506")
                        .name("new-school-policy-missing")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "once alignment is reached, by collaborative convergence or central definition, the"
                                        + " trust has to decide what happens when a new school joins"))
                        .rationale(
                                "Once schools share a common way, whether they converged on it together or the centre"
                                        + " defined it, a school that joins later had no part in it; the research"
                                        + " says the trust then has to decide what happens. Where schools converged,"
                                        + " the newcomer also missed the debate that made the agreement.")
                        .action("Decide what happens when a school joins: "
                                + Words.or(Arrays.stream(NewSchoolPolicy.values())
                                        .map(Words::forAJoiningSchool)
                                        .toList())
                                + ".")
                        .check(BreakPointRules::newSchoolPolicyMissing),
                Rule.declare("BRK-507")
                        .name("high-performer-joining-aligned-trust")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "the choice on joining becomes particularly hard when the new school is"
                                        + " high-performing"))
                        .rationale("A high-performing school has least reason to give up its own ways to fit a common"
                                + " model; the research found this the hardest case of a school joining. It"
                                + " is reported ahead, at the date the school joins.")
                        .action("Agree with the school before it joins how it will align, or what autonomy it may"
                                + " earn.")
                        .check(BreakPointRules::highPerformerJoiningAlignedTrust),
                Rule.declare("BRK-508")
                        .name("keep-own-in-aligned-trust")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source("coherence of strategy and new-school policy")
                        .rationale("Letting joining schools keep their own approach undoes a strategy of alignment"
                                + " school by school.")
                        .action("Decide that a school joining aligns after all: "
                                + Words.or(List.of(
                                        Words.forAJoiningSchool(NewSchoolPolicy.INDUCT),
                                        Words.forAJoiningSchool(NewSchoolPolicy.REOPEN)))
                                + ". Otherwise, reconsider the strategy.")
                        .check(BreakPointRules::keepOwnInAlignedTrust),
                Rule.declare("BRK-511")
                        .name("regions-without-local-collaboration")
                        .severity(WARNING)
                        .link(GROWTH)
                        .thresholds(CLUSTER_REGIONS)
                        .source(cite(
                                BUILDING_TRUSTS, "distance raises the cost of collaboration; clusters keep it local"))
                        .rationale("Bringing leaders together across regions costs time and money; trusts that spread"
                                + " out usually collaborate in local clusters or hubs.")
                        .action("Plan clusters or hubs so that schools can collaborate near home.")
                        .check(BreakPointRules::regionsWithoutLocalCollaboration),
                Rule.declare("BRK-512")
                        .name("central-services-single-site")
                        .severity(INFO)
                        .link(GROWTH)
                        .thresholds(REGIONAL_SERVICES_REGIONS)
                        .source(cite(BUILDING_TRUSTS, "some trusts regionalise central operations as they spread"))
                        .rationale("Central services run from one site may struggle to serve schools spread across"
                                + " several regions.")
                        .action("Consider whether central services should be regionalised.")
                        .check(BreakPointRules::centralServicesSingleSite),
                Rule.declare("BRK-513")
                        .name("common-curriculum-across-regions")
                        .severity(INFO)
                        .link(GROWTH)
                        .source(cite(BUILDING_TRUSTS, "local context against one curriculum"))
                        .rationale(
                                "Some trusts think a curriculum must reflect its locality; others keep one curriculum"
                                        + " and must then build it together across distance.")
                        .action("Decide how the common curriculum allows for local context and how it is built across"
                                + " regions.")
                        .check(BreakPointRules::commonCurriculumAcrossRegions),
                Rule.declare("BRK-514")
                        .name("isolated-school")
                        .severity(INFO)
                        .link(GROWTH)
                        .source(cite(BUILDING_TRUSTS, "consultants now, a cluster later"))
                        .rationale("A school far from the rest of the trust has no neighbours to collaborate with;"
                                + " trusts often support it with consultants while a cluster grows around it.")
                        .action("Plan the support for this school and whether a cluster will grow around it.")
                        .check(BreakPointRules::isolatedSchool),
                Rule.declare("BRK-515")
                        .name("new-phase-joining")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "break points come not only from scale but also from the type of school in the trust"))
                        .rationale("The research names the type of school among the sources of break points, without"
                                + " saying which changes matter most. A first school of a new phase (a first"
                                + " secondary, special or post-16 school, say) may need a curriculum,"
                                + " expertise and groups the trust has not built; the board can plan for that"
                                + " before the school joins. Two schools of the same new phase joining on one"
                                + " date are both reported.")
                        .action("Before the school joins, decide how the common approach, the improvement expertise"
                                + " and the groups will serve a school of this phase.")
                        .check(BreakPointRules::newPhaseJoining),
                Rule.declare("BRK-521")
                        .name("glass-ceiling")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(BUILDING_TRUSTS, "high performers want to innovate beyond an aligned model"))
                        .rationale(
                                "In an aligned trust, a high-performing school may want to go further than the common"
                                        + " model allows; with no earned autonomy it has nowhere to go.")
                        .action("Consider earned autonomy with clear criteria.")
                        .check(BreakPointRules::glassCeiling),
                Rule.declare("BRK-522")
                        .name("glass-floor")
                        .severity(ERROR)
                        .link(GROWTH)
                        .source(cite(BUILDING_TRUSTS, "underperformance needs a directive route"))
                        .rationale("In a trust that leaves schools autonomous, a school causing concern needs the trust"
                                + " to step in; the scheme of delegation does not allow it.")
                        .action("Give the trust the power to direct intervention in the scheme of delegation.")
                        .check(BreakPointRules::glassFloor),
                Rule.declare("BRK-523")
                        .name("earned-autonomy-without-criteria")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(BUILDING_TRUSTS, "earned autonomy"))
                        .rationale("Autonomy that is earned needs a stated bar; without one it looks like favour.")
                        .action("Write the criteria a school must meet to earn autonomy.")
                        .check(BreakPointRules::earnedAutonomyWithoutCriteria),
                Rule.declare("BRK-524")
                        .name("own-approach-unearned")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(BUILDING_TRUSTS, "earned autonomy"))
                        .rationale("In an aligned trust, only schools that have earned it should keep their own"
                                + " approach; this one has not.")
                        .action("Plan the school's move to the common approach, or record how it earned the"
                                + " exception.")
                        .check(BreakPointRules::ownApproachUnearned),
                Rule.declare("BRK-525")
                        .name("concern-without-capacity")
                        .severity(WARNING)
                        .link(GROWTH)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "underperformance can still call for targeted improvement resources as extra capacity"))
                        .rationale("A school causing concern needs extra, targeted improvement capacity; the trust has"
                                + " no delivery capacity: no improvement-delivery role, hub, clusters,"
                                + " consultants or central expertise.")
                        .action("Name the delivery role, hub, cluster, central expertise or consultants who will"
                                + " support the school.")
                        .check(BreakPointRules::concernWithoutCapacity),
                Rule.declare("BRK-526")
                        .name("rating-without-basis")
                        .severity(INFO)
                        .link(GROWTH)
                        .source(cite(
                                BUILDING_TRUSTS,
                                "performance was judged from results in the performance tables, Ofsted and the"
                                        + " schools' financial balance; the glass ceiling and the glass floor turn on"
                                        + " how a school performs"))
                        .rationale("Several checks (glass ceiling, glass floor, a high performer joining, support for a"
                                + " school causing concern) rest on the trust's own rating of a school. The"
                                + " research judged performance from published results, inspection and"
                                + " financial balance; a rating of high or concern with nothing recorded"
                                + " behind it cannot be tested by the board.")
                        .action(
                                "Record what the rating rests on: the latest Ofsted inspection, published results, the school's"
                                        + " finances or a review.")
                        .check(BreakPointRules::ratingWithoutBasis),
                Rule.declare("BRK-531")
                        .name("policy-change-unassessed")
                        .severity(WARNING)
                        .link(GROWTH)
                        .thresholds(POLICY_HORIZON_MONTHS)
                        .source(cite(BUILDING_TRUSTS, "break points can also come from a change in the policy context")
                                + "; the research names it without detail, so the trust records the changes it"
                                + " expects")
                        .rationale(
                                "Break points do not come from growth alone: the research names the policy context as"
                                        + " one source, without detail. A change in national policy that takes effect"
                                        + " soon and that nobody owns, or nobody has assessed, may force a change of"
                                        + " approach the board has not prepared for. Each change is reported now when"
                                        + " it is already in effect at the board meeting, else ahead at the date it"
                                        + " takes effect.")
                        .action("Name an owner for the change and record the date its effect on the trust was"
                                + " assessed.")
                        .check(BreakPointRules::policyChangeUnassessed));
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

    private static List<Breach> oversightAtScale(RuleContext t) {
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
    private static List<Breach> improvementLeadershipGap(RuleContext t) {
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

    private static List<Breach> boardRepresentsEverySchool(RuleContext t) {
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
    private static List<Breach> boardSkillsGap(RuleContext t) {
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

    private static List<Breach> cohesionByGatheringOnly(RuleContext t) {
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

    private static List<Breach> ceoDeliversImprovement(RuleContext t) {
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
    private static List<Breach> newSchoolPolicyMissing(RuleContext t) {
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
    private static List<Breach> highPerformerJoiningAlignedTrust(RuleContext t) {
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

    private static List<Breach> keepOwnInAlignedTrust(RuleContext t) {
        if (t.cluster() != Cluster.ALIGNMENT || t.newSchoolPolicy() != NewSchoolPolicy.KEEP_OWN) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Joining schools keep their own approach although the trust's strategy is alignment",
                "alignment.newSchools.policy",
                "strategy.cluster"));
    }

    private static List<Breach> regionsWithoutLocalCollaboration(RuleContext t) {
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

    private static List<Breach> centralServicesSingleSite(RuleContext t) {
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

    private static List<Breach> commonCurriculumAcrossRegions(RuleContext t) {
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

    private static List<Breach> isolatedSchool(RuleContext t) {
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
    private static List<Breach> newPhaseJoining(RuleContext t) {
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
                        s.label() + ", expected on " + Words.date(s.joins()) + ", would be the trust's first "
                                + Words.label(s.phase()) + " school",
                        s.field("phase")));
            }
        }
        return found;
    }

    private static List<Breach> glassCeiling(RuleContext t) {
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

    private static List<Breach> glassFloor(RuleContext t) {
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

    private static List<Breach> earnedAutonomyWithoutCriteria(RuleContext t) {
        String criteria = t.earnedAutonomyCriteria();
        if (!t.earnedAutonomyEnabled() || (criteria != null && !criteria.isBlank())) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Earned autonomy is enabled but no criteria say how a school earns it",
                "alignment.earnedAutonomy.criteria"));
    }

    private static List<Breach> ownApproachUnearned(RuleContext t) {
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

    private static List<Breach> concernWithoutCapacity(RuleContext t) {
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

    private static List<Breach> ratingWithoutBasis(RuleContext t) {
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
    private static List<Breach> policyChangeUnassessed(RuleContext t) {
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
