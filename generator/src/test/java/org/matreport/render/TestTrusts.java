package org.matreport.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matreport.load.LoadedTrust;
import org.matreport.load.SourceMap;
import org.matreport.model.AcademicYear;
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
import org.matreport.model.Profile;
import org.matreport.model.Region;
import org.matreport.model.ReviewFrequency;
import org.matreport.model.SchemeOfDelegation;
import org.matreport.model.School;
import org.matreport.model.Settings;
import org.matreport.model.Strategy;
import org.matreport.model.TargetConsistency;
import org.matreport.model.Trust;
import org.matreport.model.Unit;
import org.matreport.model.Urn;
import org.matreport.model.Vision;

/** Trusts built in code for the renderer's tests, so that they do not depend on the loader. */
final class TestTrusts {

    static final String WELSH_SCHOOL = "Ysgol Gynradd Tŷ Ŵyn";
    static final String HOSTILE_SCHOOL = "<script>alert('x')</script> Pipe | *Star* _Under_ Academy";

    private TestTrusts() {}

    /** A trust of six schools in two hubs, one of them Welsh-named, with growth and every section written. */
    static Trust northernLights() {
        return northernLights(schools(WELSH_SCHOOL));
    }

    /** The same trust with a school whose name tries to break tables and inject HTML. */
    static Trust hostile() {
        return northernLights(schools(HOSTILE_SCHOOL));
    }

    static LoadedTrust loaded(Trust trust) {
        return new LoadedTrust(Path.of("trust"), trust, SourceMap.empty());
    }

    static List<School> schools(String sixthName) {
        return List.of(
                school(
                        100001,
                        "Aurora Primary Academy",
                        Phase.PRIMARY,
                        Region.NORTH_WEST,
                        "Lancashire",
                        420,
                        "north",
                        Performance.HIGH),
                school(
                        100002,
                        "Borealis High School",
                        Phase.SECONDARY,
                        Region.NORTH_WEST,
                        "Lancashire",
                        1180,
                        "north",
                        Performance.SECURE),
                school(
                        100003,
                        "Cassiopeia Infant School",
                        Phase.PRIMARY,
                        Region.NORTH_WEST,
                        "Cumbria",
                        210,
                        "north",
                        Performance.IMPROVING),
                school(
                        100004,
                        "Draco Academy",
                        Phase.SECONDARY,
                        Region.YORKSHIRE_AND_THE_HUMBER,
                        "Leeds",
                        950,
                        "east",
                        Performance.CONCERN),
                school(
                        100005,
                        "Eridanus Special School",
                        Phase.SPECIAL,
                        Region.YORKSHIRE_AND_THE_HUMBER,
                        "York",
                        95,
                        "east",
                        Performance.SECURE),
                school(
                        100006,
                        sixthName,
                        Phase.PRIMARY,
                        Region.NORTH_WEST,
                        "Cheshire West and Chester",
                        180,
                        "north",
                        Performance.HIGH));
    }

    private static School school(
            int urn,
            String name,
            Phase phase,
            Region region,
            String la,
            int pupils,
            String group,
            Performance performance) {
        return new School(
                new Urn(urn),
                name,
                phase,
                region,
                la,
                pupils,
                LocalDate.of(2019, 9, 1),
                group,
                performance,
                List.of(PerformanceBasis.OFSTED, PerformanceBasis.OUTCOMES),
                List.of());
    }

    static Trust northernLights(List<School> schools) {
        Profile profile = new Profile(
                "Northern Lights Academy Trust",
                "09876543",
                AcademicYear.parse("2026/27").orElseThrow(),
                LocalDate.of(2026, 12, 10),
                48_000_000L,
                null,
                "#1d4f91");
        Vision vision = new Vision(
                "Every child in our communities reads fluently, learns deeply and leaves school ready to thrive.",
                "We build one curriculum and one way of teaching it, improved together by our schools.",
                List.of("ambition", "kindness", "community"),
                List.of(
                        new Outcome(
                                "ks2-reading",
                                OutcomeArea.ACADEMIC,
                                "Pupils reading at the expected standard at the end of key stage 2",
                                Unit.PERCENT,
                                measure("61", "2025/26"),
                                measure("75", "2028/29")),
                        new Outcome(
                                "staff-retention",
                                OutcomeArea.STAFF,
                                "Teachers staying with the trust",
                                Unit.PERCENT,
                                measure("84", "2025/26"),
                                measure("90", "2027/28")),
                        new Outcome(
                                "attendance",
                                OutcomeArea.WELLBEING,
                                "Pupils persistently absent",
                                Unit.PERCENT,
                                measure("18.5", "2025/26"),
                                null)));
        Strategy strategy = new Strategy(
                Cluster.ALIGNMENT,
                "Our strongest schools share a curriculum already; spreading it is the fastest way to lift the rest.");
        Map<Area, AreaPlan> areas = new EnumMap<>(Area.class);
        areas.put(
                Area.CURRICULUM,
                new AreaPlan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.COLLABORATIVE, Evidence.INTERNAL));
        areas.put(
                Area.PEDAGOGY,
                new AreaPlan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.CENTRAL, Evidence.RESEARCH));
        areas.put(Area.BACK_OFFICE, new AreaPlan(TargetConsistency.COMMON, Consistency.COMMON, Approach.CENTRAL, null));
        areas.put(
                Area.IDENTITY,
                new AreaPlan(
                        TargetConsistency.SHARED_PRINCIPLES,
                        Consistency.SHARED_PRINCIPLES,
                        Approach.COLLABORATIVE,
                        Evidence.BOTH));
        Alignment alignment = new Alignment(
                areas,
                new NewSchools(NewSchoolPolicy.INDUCT, "A joining school gets a year to move onto the curriculum."),
                new EarnedAutonomy(true, "Two years of high performance."));
        OperatingModel model = new OperatingModel(
                List.of(ModelKind.HUB, ModelKind.CENTRAL_EXPERTISE),
                List.of(
                        new Group("north", "North Hub", GroupKind.HUB, new Urn(100001)),
                        new Group("east", "East Hub", GroupKind.HUB, null)),
                CentralServices.SINGLE_SITE,
                new Ceo(ImprovementRole.ENABLES),
                List.of(
                        new CentralRole("Director of Education", Focus.IMPROVEMENT_LEADERSHIP, 1.0),
                        new CentralRole("Chief Finance Officer", Focus.FINANCE, 1.0),
                        new CentralRole("Data Analyst", Focus.DATA, 0.5)),
                new Governance(
                        9,
                        BoardRepresentation.NONE,
                        List.of(BoardSkill.EDUCATION, BoardSkill.FINANCE, BoardSkill.AUDIT_RISK),
                        new SchemeOfDelegation(LocalDate.of(2026, 7, 1), true, false),
                        ReviewFrequency.TERMLY),
                new Intelligence(
                        List.of(
                                IntelligenceSource.OUTCOMES,
                                IntelligenceSource.OFSTED,
                                IntelligenceSource.STAFF_SURVEY),
                        true),
                new Communications(true, List.of("termly-briefings", "hub-networks")),
                new Investment(1.5));
        List<GrowthSchool> growth = List.of(
                new GrowthSchool(
                        "Polaris Primary",
                        null,
                        LocalDate.of(2028, 1, 1),
                        Phase.PRIMARY,
                        Region.YORKSHIRE_AND_THE_HUMBER,
                        "York",
                        240,
                        "east",
                        Performance.IMPROVING,
                        List.of()),
                new GrowthSchool(
                        "Orion High School",
                        new Urn(100009),
                        LocalDate.of(2027, 9, 1),
                        Phase.SECONDARY,
                        Region.YORKSHIRE_AND_THE_HUMBER,
                        "Leeds",
                        900,
                        null,
                        Performance.HIGH,
                        List.of(PerformanceBasis.OFSTED)));
        return new Trust(
                "matreport/v1",
                profile,
                vision,
                strategy,
                alignment,
                model,
                schools,
                growth,
                List.of(),
                List.of(),
                new Settings(Map.of(), Map.of(), List.of()));
    }

    /** The same trust under another profile: another name, a logo. */
    static Trust withProfile(Trust base, Profile profile) {
        return new Trust(
                base.schema(),
                profile,
                base.vision(),
                base.strategy(),
                base.alignment(),
                base.operatingModel(),
                base.schools(),
                base.growth(),
                base.policy(),
                base.acknowledgements(),
                base.settings());
    }

    private static Measure measure(String value, String year) {
        return new Measure(value, AcademicYear.parse(year).orElseThrow());
    }
}
