package org.matreport.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matreport.model.AcademicYear;
import org.matreport.model.Area;
import org.matreport.model.BoardSkill;
import org.matreport.model.Cluster;
import org.matreport.model.Consistency;
import org.matreport.model.NewSchoolPolicy;
import org.matreport.model.PerformanceBasis;
import org.matreport.model.Phase;
import org.matreport.model.PolicyChange;
import org.matreport.model.Region;
import org.matreport.model.School;
import org.matreport.model.Severity;
import org.matreport.model.TargetConsistency;
import org.matreport.model.Trust;
import org.matreport.model.Urn;
import org.matreport.rules.Rulebook;

/** Trusts that must load, and what they must load into. */
class GoodTrustTest {

    @Test
    void theMinimalTrustLoadsWithAbsentSectionsEmpty() {
        Trust trust = TrustFolders.load("trusts/minimal").trust();
        assertEquals("Minimal Learning Trust", trust.profile().name());
        assertEquals(new AcademicYear(2026), trust.profile().period());
        assertEquals(Cluster.ALIGNMENT, trust.strategy().cluster());
        assertNull(trust.alignment());
        assertNull(trust.settings());
        assertEquals(List.of(), trust.growth());
        // Written before v1.1 of the catalogue: the policy register and the basis of ratings are simply empty.
        assertEquals(List.of(), trust.policy());
        assertEquals(List.of(), trust.schools().get(0).performanceBasis());
        assertEquals(List.of(), trust.acknowledgements());
        assertEquals(List.of(), trust.vision().outcomes());
        assertEquals(
                List.of(new Urn(100001), new Urn(100002)),
                trust.schools().stream().map(School::urn).toList());
    }

    @Test
    void thePolicyRegisterAndTheBasisOfRatingsAreBound() {
        Trust trust = TrustFolders.load("trusts/rules/brk-531-policy-change-unassessed")
                .trust();
        PolicyChange first = trust.policy().get(0);
        assertEquals("inspection-framework", first.id());
        assertEquals("New school inspection framework", first.title());
        assertEquals(LocalDate.of(2027, 9, 1), first.effective());
        assertEquals(List.of(Area.CURRICULUM, Area.PEDAGOGY, Area.ASSESSMENT), first.areas());
        assertNull(first.assessed());
        assertEquals("Director of Education", first.owner());
        assertEquals(LocalDate.of(2026, 11, 4), trust.policy().get(1).assessed());
        assertEquals(
                List.of(PerformanceBasis.OFSTED, PerformanceBasis.OUTCOMES, PerformanceBasis.FINANCES),
                trust.schools().get(0).performanceBasis());
        Trust joining =
                TrustFolders.load("trusts/rules/brk-515-new-phase-joining").trust();
        assertEquals(
                List.of(PerformanceBasis.OFSTED, PerformanceBasis.REVIEW),
                joining.growth().get(0).performanceBasis());
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertEquals("matreport/v1", TrustFolders.load("trusts/bom").trust().schema());
    }

    @Test
    void everyFieldOfASplitTrustIsBound() {
        Trust trust = TrustFolders.load("trusts/full").trust();
        assertEquals("09876543", trust.profile().companyNumber(), "a quoted number keeps its leading zero");
        assertEquals(LocalDate.of(2026, 12, 10), trust.profile().boardMeeting());
        assertEquals(48_000_000L, trust.profile().revenue());
        assertEquals("61.0", trust.vision().outcomes().get(0).baseline().value(), "a measure stays as written");
        assertEquals("proud", trust.vision().outcomes().get(1).target().value());
        assertEquals(
                Consistency.SCHOOL_LED,
                trust.alignment().areas().get(Area.TEACHER_DEVELOPMENT).current());
        assertEquals(
                TargetConsistency.SHARED_PRINCIPLES,
                trust.alignment().areas().get(Area.IDENTITY).target());
        assertEquals(4, trust.alignment().areas().size());
        assertEquals(NewSchoolPolicy.KEEP_OWN, trust.alignment().newSchools().policy());
        assertEquals(
                List.of(BoardSkill.values()),
                trust.operatingModel().governance().skills());
        assertEquals(0.5, trust.operatingModel().centralTeam().get(1).fte());
        assertEquals(Boolean.FALSE, trust.operatingModel().communications().trustWideEvents());
        assertEquals(Map.of("oversightSchools", 8.0), trust.settings().thresholds());
        assertEquals(Map.of("STR-206", Severity.WARNING), trust.settings().severity());
        assertEquals(List.of("INT-606"), trust.settings().disabled());
        assertEquals(Region.YORKSHIRE_AND_THE_HUMBER, trust.schools().get(1).region());
        assertEquals(Phase.ALL_THROUGH, trust.schools().get(1).phase());
        assertEquals(List.of(Area.CURRICULUM), trust.schools().get(0).ownApproach());
        assertNull(trust.growth().get(1).urn(), "a URN is optional before conversion");
    }

    @Test
    void namesInAnyScriptComeOutIntact() {
        Trust trust = TrustFolders.load("trusts/full").trust();
        assertEquals(
                "Ymddiriedolaeth Addysg Gŵyr — Northern Lights 🌟",
                trust.profile().name());
        assertEquals("Ysgol Gymraeg Llanfair", trust.schools().get(0).name());
        assertEquals(
                "Szkoła Podstawowa im. Żwirki — اردو اکیڈمی",
                trust.schools().get(1).name());
    }

    @Test
    void theSourceMapPlacesEveryFieldInItsFile() {
        SourceMap sources = TrustFolders.load("trusts/full").sources();
        assertEquals(
                "schools.yaml:4:12",
                sources.find("schools[0].phase").orElseThrow().toString());
        assertEquals(
                "schools.yaml:22:10",
                sources.find("growth[0].urn").orElseThrow().toString());
        assertEquals(
                "trust.yaml:41:38",
                sources.find("alignment.areas.teacherDevelopment.target")
                        .orElseThrow()
                        .toString());
        assertEquals("trust.yaml:5:9", sources.find("trust.name").orElseThrow().toString());
        assertEquals(
                "trust.yaml:100:14",
                sources.find("settings.severity.STR-206").orElseThrow().toString());
        assertEquals(
                "trust.yaml:71:5",
                sources.nearest("operatingModel.governance.missing")
                        .orElseThrow()
                        .toString());
        assertTrue(sources.asMap().size() > 150, "every node is placed");
    }

    @Test
    void hiddenYamlFilesBesideTheTrustAreToolSettingsAndNotRead(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        java.nio.file.Path folder = TrustFolders.copy("trusts/minimal", temp.resolve("trust"));
        java.nio.file.Files.writeString(folder.resolve(".gitlab-ci.yml"), "pages:\n  script: [echo]\n");
        assertEquals(
                "Minimal Learning Trust",
                new TrustLoader(Rulebook.ids()).load(folder).trust().profile().name());
    }
}
