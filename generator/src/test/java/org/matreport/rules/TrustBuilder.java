package org.matreport.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matreport.model.AcademicYear;
import org.matreport.model.Acknowledgement;
import org.matreport.model.Alignment;
import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.AreaPlan;
import org.matreport.model.BoardRepresentation;
import org.matreport.model.BoardSkill;
import org.matreport.model.CentralRole;
import org.matreport.model.CentralServices;
import org.matreport.model.Ceo;
import org.matreport.model.Cluster;
import org.matreport.model.Communications;
import org.matreport.model.Consistency;
import org.matreport.model.EarnedAutonomy;
import org.matreport.model.Evidence;
import org.matreport.model.Focus;
import org.matreport.model.Governance;
import org.matreport.model.Group;
import org.matreport.model.GroupKind;
import org.matreport.model.GrowthSchool;
import org.matreport.model.ImprovementRole;
import org.matreport.model.Intelligence;
import org.matreport.model.IntelligenceSource;
import org.matreport.model.Investment;
import org.matreport.model.Measure;
import org.matreport.model.ModelKind;
import org.matreport.model.NewSchoolPolicy;
import org.matreport.model.NewSchools;
import org.matreport.model.OperatingModel;
import org.matreport.model.Outcome;
import org.matreport.model.OutcomeArea;
import org.matreport.model.Performance;
import org.matreport.model.PerformanceBasis;
import org.matreport.model.Phase;
import org.matreport.model.PolicyChange;
import org.matreport.model.Profile;
import org.matreport.model.Region;
import org.matreport.model.ReviewFrequency;
import org.matreport.model.SchemeOfDelegation;
import org.matreport.model.School;
import org.matreport.model.Settings;
import org.matreport.model.Severity;
import org.matreport.model.Strategy;
import org.matreport.model.TargetConsistency;
import org.matreport.model.Trust;
import org.matreport.model.Unit;
import org.matreport.model.Urn;

/**
 * Builds trusts for rule tests, starting from a coherent baseline (no findings at all) that each test bends just far
 * enough to make one rule fire, or to come close without firing. Mutable on purpose; {@link #build()} makes the
 * immutable model.
 */
final class TrustBuilder {

    String name = "Northern Lights Academy Trust";
    String period = "2026/27";
    LocalDate boardMeeting = LocalDate.of(2026, 12, 10);

    String mission = "Schools that learn from one another, with one curriculum built together.";
    List<String> values = new ArrayList<>(List.of("ambition", "kindness", "community"));
    List<Outcome> outcomes = new ArrayList<>(List.of(
            outcome("ks2-reading", OutcomeArea.ACADEMIC, "61", "2025/26", "75", "2028/29"),
            outcome("pupil-wellbeing", OutcomeArea.WELLBEING, "70", "2025/26", "80", "2028/29")));

    Cluster cluster = Cluster.ALIGNMENT;
    String rationale = "A common curriculum and pedagogy built with our schools.";

    boolean alignmentWritten = true;
    Map<Area, AreaPlan> areas = baselineAreas();
    NewSchoolPolicy newSchoolPolicy = NewSchoolPolicy.INDUCT;
    Boolean earnedAutonomy = true;
    String earnedAutonomyCriteria = "Two years of high performance confirmed by external review.";

    List<ModelKind> models = new ArrayList<>(List.of(ModelKind.HUB, ModelKind.CENTRAL_EXPERTISE));
    List<Group> groups = new ArrayList<>(List.of(new Group("north", "North Hub", GroupKind.HUB, new Urn(100001))));
    CentralServices centralServices = CentralServices.SINGLE_SITE;
    ImprovementRole ceoRole = ImprovementRole.ENABLES;
    List<CentralRole> centralTeam = new ArrayList<>(List.of(
            new CentralRole("Director of Education", Focus.IMPROVEMENT_LEADERSHIP, 1.0),
            new CentralRole("School Improvement Partner", Focus.IMPROVEMENT_DELIVERY, 2.0)));
    BoardRepresentation localGovernorsOnBoard = BoardRepresentation.NONE;
    List<BoardSkill> skills = new ArrayList<>(List.of(BoardSkill.values()));
    LocalDate delegationReviewed = LocalDate.of(2026, 7, 1);
    Boolean directedIntervention = true;
    Boolean overlap = false;
    ReviewFrequency improvementReview = ReviewFrequency.TERMLY;
    List<IntelligenceSource> sources = new ArrayList<>(List.of(IntelligenceSource.values()));
    Boolean standardised = true;
    List<String> channels = new ArrayList<>(List.of("termly-briefings", "hub-networks"));
    Double researchPercent = 5.0;

    List<School> schools = new ArrayList<>(List.of(
            school(100001, "Aurora Primary Academy", Region.NORTH_WEST, 420, Performance.HIGH, Area.CURRICULUM),
            school(100002, "Borealis Primary", Region.NORTH_WEST, 300, Performance.SECURE),
            school(100003, "Cedar Primary", Region.NORTH_WEST, 210, Performance.IMPROVING),
            withPhase(
                    school(100004, "Dalton High School", Region.NORTH_WEST, 950, Performance.SECURE),
                    Phase.SECONDARY)));
    List<GrowthSchool> growth = new ArrayList<>();
    List<PolicyChange> policy = new ArrayList<>();
    List<Acknowledgement> acknowledgements = new ArrayList<>();
    Map<String, Double> thresholds = new LinkedHashMap<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    List<String> disabled = new ArrayList<>();

    /** What every baseline school's rating rests on, so that BRK-526 stays quiet until a test takes it away. */
    static final List<PerformanceBasis> RATED = List.of(PerformanceBasis.OFSTED, PerformanceBasis.OUTCOMES);

    static TrustBuilder coherent() {
        return new TrustBuilder();
    }

    private static Map<Area, AreaPlan> baselineAreas() {
        Map<Area, AreaPlan> areas = new EnumMap<>(Area.class);
        areas.put(
                Area.CURRICULUM,
                plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.COLLABORATIVE, Evidence.INTERNAL));
        areas.put(
                Area.PEDAGOGY, plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.CENTRAL, Evidence.RESEARCH));
        areas.put(Area.ASSESSMENT, plan(TargetConsistency.COMMON, Consistency.COMMON, Approach.CENTRAL, null));
        areas.put(
                Area.TEACHER_DEVELOPMENT,
                plan(TargetConsistency.COMMON, Consistency.SCHOOL_LED, Approach.COLLABORATIVE, Evidence.BOTH));
        areas.put(
                Area.LEADERSHIP_DEVELOPMENT,
                plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.CENTRAL, Evidence.RESEARCH));
        areas.put(Area.BACK_OFFICE, plan(TargetConsistency.COMMON, Consistency.COMMON, Approach.CENTRAL, null));
        areas.put(
                Area.INFORMATION_MANAGEMENT,
                plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.CENTRAL, Evidence.INTERNAL));
        areas.put(
                Area.IDENTITY,
                plan(TargetConsistency.SHARED_PRINCIPLES, Consistency.SHARED_PRINCIPLES, Approach.COLLABORATIVE, null));
        return areas;
    }

    static AreaPlan plan(TargetConsistency target, Consistency current, Approach approach, Evidence evidence) {
        return new AreaPlan(target, current, approach, evidence);
    }

    static Outcome outcome(String id, OutcomeArea area, String from, String fromYear, String to, String toYear) {
        return new Outcome(
                id,
                area,
                "Outcome " + id,
                Unit.PERCENT,
                from == null ? null : new Measure(from, year(fromYear)),
                to == null ? null : new Measure(to, year(toYear)));
    }

    static AcademicYear year(String text) {
        return AcademicYear.parse(text).orElseThrow();
    }

    static School school(int urn, String name, Region region, int pupils, Performance performance, Area... own) {
        return new School(
                new Urn(urn),
                name,
                Phase.PRIMARY,
                region,
                "Lancashire",
                pupils,
                LocalDate.of(2019, 9, 1),
                "north",
                performance,
                RATED,
                List.of(own));
    }

    static GrowthSchool joining(
            String name, Integer urn, String expected, Region region, int pupils, Performance performance) {
        return new GrowthSchool(
                name,
                urn == null ? null : new Urn(urn),
                LocalDate.parse(expected),
                Phase.SECONDARY,
                region,
                null,
                pupils,
                "north",
                performance,
                RATED);
    }

    /** A growth school like {@link #joining}, of the given phase. */
    static GrowthSchool joining(GrowthSchool g, Phase phase) {
        return new GrowthSchool(
                g.name(),
                g.urn(),
                g.expected(),
                phase,
                g.region(),
                g.localAuthority(),
                g.pupils(),
                g.group(),
                g.performance(),
                g.performanceBasis());
    }

    // Tweaks that keep tests short.

    TrustBuilder area(Area area, AreaPlan plan) {
        areas.put(area, plan);
        return this;
    }

    TrustBuilder withoutArea(Area area) {
        areas.remove(area);
        return this;
    }

    TrustBuilder models(ModelKind... kinds) {
        models = new ArrayList<>(Arrays.asList(kinds));
        return this;
    }

    TrustBuilder centralTeam(CentralRole... roles) {
        centralTeam = new ArrayList<>(Arrays.asList(roles));
        return this;
    }

    TrustBuilder onlyRole(Focus focus) {
        return centralTeam(new CentralRole("Role", focus, 1.0));
    }

    TrustBuilder school(int index, java.util.function.UnaryOperator<School> change) {
        schools.set(index, change.apply(schools.get(index)));
        return this;
    }

    TrustBuilder schoolCount(int count) {
        while (schools.size() > count) {
            schools.remove(schools.size() - 1);
        }
        int next = 100100;
        while (schools.size() < count) {
            schools.add(school(next, "Extra School " + next, Region.NORTH_WEST, 200, Performance.SECURE));
            next++;
        }
        return this;
    }

    static School withPerformance(School s, Performance p) {
        return copy(s, s.phase(), s.region(), s.pupils(), s.group(), p, s.performanceBasis(), s.ownApproach());
    }

    static School withRegion(School s, Region r) {
        return copy(s, s.phase(), r, s.pupils(), s.group(), s.performance(), s.performanceBasis(), s.ownApproach());
    }

    static School withGroup(School s, String group) {
        return copy(
                s, s.phase(), s.region(), s.pupils(), group, s.performance(), s.performanceBasis(), s.ownApproach());
    }

    static School withPupils(School s, int pupils) {
        return copy(
                s, s.phase(), s.region(), pupils, s.group(), s.performance(), s.performanceBasis(), s.ownApproach());
    }

    static School withOwnApproach(School s, Area... areas) {
        return copy(
                s, s.phase(), s.region(), s.pupils(), s.group(), s.performance(), s.performanceBasis(), List.of(areas));
    }

    static School withPhase(School s, Phase phase) {
        return copy(
                s, phase, s.region(), s.pupils(), s.group(), s.performance(), s.performanceBasis(), s.ownApproach());
    }

    static School withJoined(School s, LocalDate joined) {
        return new School(
                s.urn(),
                s.name(),
                s.phase(),
                s.region(),
                s.localAuthority(),
                s.pupils(),
                joined,
                s.group(),
                s.performance(),
                s.performanceBasis(),
                s.ownApproach());
    }

    static School withBasis(School s, PerformanceBasis... basis) {
        return copy(s, s.phase(), s.region(), s.pupils(), s.group(), s.performance(), List.of(basis), s.ownApproach());
    }

    private static School copy(
            School s,
            Phase phase,
            Region region,
            Integer pupils,
            String group,
            Performance performance,
            List<PerformanceBasis> basis,
            List<Area> own) {
        return new School(
                s.urn(),
                s.name(),
                phase,
                region,
                s.localAuthority(),
                pupils,
                s.joined(),
                group,
                performance,
                basis,
                own);
    }

    TrustBuilder acknowledge(String rule, String subject, String until) {
        acknowledgements.add(new Acknowledgement(
                rule, subject, "Accepted while we recruit.", "Chair of Trustees", LocalDate.parse(until)));
        return this;
    }

    Trust build() {
        Profile profile = new Profile(name, "09876543", year(period), boardMeeting, 48_000_000L, null, null);
        var vision = new org.matreport.model.Vision(
                "Every child leaves ready for a life they choose.", mission, values, outcomes);
        Alignment alignment = alignmentWritten
                ? new Alignment(
                        areas,
                        newSchoolPolicy == null ? null : new NewSchools(newSchoolPolicy, null),
                        new EarnedAutonomy(earnedAutonomy, earnedAutonomyCriteria))
                : null;
        Governance governance = new Governance(
                9,
                localGovernorsOnBoard,
                skills,
                new SchemeOfDelegation(delegationReviewed, directedIntervention, overlap),
                improvementReview);
        OperatingModel model = new OperatingModel(
                models,
                groups,
                centralServices,
                new Ceo(ceoRole),
                centralTeam,
                governance,
                new Intelligence(sources, standardised),
                new Communications(true, channels),
                new Investment(researchPercent));
        Settings settings = new Settings(thresholds, severities, disabled);
        return new Trust(
                "matreport/v1",
                profile,
                vision,
                new Strategy(cluster, rationale),
                alignment,
                model,
                schools,
                growth,
                policy,
                acknowledgements,
                settings);
    }
}
