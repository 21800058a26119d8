package org.matreport.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.load.TrustFolders.problems;
import static org.matreport.load.TrustFolders.resource;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per promise the loader makes in the trust model's contract, each against real YAML files under
 * {@code bad/} and each asserting the whole located message, so that a change of wording is a conscious one.
 */
class LoaderPromisesTest {

    private static List<String> problemsOf(String badCase) {
        return problems(resource("bad/" + badCase));
    }

    @Test
    void everyProblemInEveryFileIsReportedAtOnce() {
        assertEquals(
                List.of(
                        "schools.yaml:4:12: schools[0].phase: 'infant' is not allowed; use one of: nursery, primary, middle, "
                                + "secondary, all-through, special, alternative-provision, post-16",
                        "schools.yaml:6:10: schools[1].urn: '10002' is not a URN; a URN has six digits, such as 100001",
                        "trust.yaml:11:12: strategy.cluster: 'alinement' is not allowed; use one of: autonomy, alignment, "
                                + "mixed; did you mean 'alignment'?"),
                problemsOf("errors-in-two-files"));
    }

    @Test
    void anUnknownKeySuggestsTheNearestKnownKey() {
        assertEquals(
                List.of("trust.yaml:28:5: schools[1].phse: unknown key 'phse'; did you mean 'phase'?"),
                problemsOf("unknown-key"));
    }

    @Test
    void anUnknownKeyWithNothingNearListsTheAllowedKeys() {
        assertEquals(
                List.of("trust.yaml:6:3: trust.motto: unknown key 'motto'; allowed keys: name, companyNumber, "
                        + "period, boardMeeting, revenue, logo, colour"),
                problemsOf("unknown-key-far"));
    }

    @Test
    void anUnknownSectionSuggestsTheNearestSection() {
        assertEquals(
                List.of(
                        "trust.yaml: missing 'schools'; every trust folder needs one, in any of its files: the trust's open "
                                + "schools",
                        "trust.yaml:21:1: shools: unknown key 'shools'; did you mean 'schools'?"),
                problemsOf("unknown-section"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertEquals(
                List.of("trust.yaml:28:12: schools[1].phase: 'primry' is not allowed; use one of: nursery, "
                        + "primary, middle, secondary, all-through, special, alternative-provision, post-16; "
                        + "did you mean 'primary'?"),
                problemsOf("bad-enum"));
    }

    @Test
    void anUnknownAreaIsAnUnknownKey() {
        assertEquals(
                List.of(
                        "trust.yaml:33:5: alignment.areas.curiculum: unknown key 'curiculum'; did you mean 'curriculum'?",
                        "trust.yaml:34:25: alignment.areas.pedagogy.target: 'comon' is not allowed; use one of: school-led, "
                                + "shared-principles, common; did you mean 'common'?"),
                problemsOf("unknown-area"));
    }

    @Test
    void aMissingRequiredFieldIsPlacedAtItsParent() {
        assertEquals(
                List.of("trust.yaml:26:5: schools[1]: missing 'name'; every school needs one: the school's name"),
                problemsOf("missing-required"));
    }

    @Test
    void aWrongTypeSaysWhatWasExpected() {
        assertEquals(
                List.of("trust.yaml:25:13: schools[0].pupils: expected a whole number, found 'abc'"),
                problemsOf("non-numeric-pupils"));
        assertEquals(
                List.of("trust.yaml:14:11: operatingModel.models: expected a list, found 'hub'; write [a, b] "
                        + "or one '- ' line per item"),
                problemsOf("wrong-type-list"));
        assertEquals(
                List.of("trust.yaml:21:19: operatingModel.intelligence.standardised: expected true or false, "
                        + "found 'yes'"),
                problemsOf("yes-is-not-true"));
    }

    @Test
    void datesAreIsoAndReal() {
        assertEquals(
                List.of("trust.yaml:6:17: trust.boardMeeting: '2026-02-30' is not a date: no such day in the "
                        + "calendar; write a real date as YYYY-MM-DD"),
                problemsOf("bad-date"));
    }

    @Test
    void academicYearsAreConsecutive() {
        assertEquals(
                List.of("trust.yaml:5:11: trust.period: '2026/28' is not an academic year: its two years must "
                        + "follow each other, such as 2026/27"),
                problemsOf("bad-year"));
    }

    @Test
    void urnsHaveSixDigits() {
        assertEquals(
                List.of("trust.yaml:26:10: schools[1].urn: '10002' is not a URN; a URN has six digits, such as "
                        + "100001"),
                problemsOf("bad-urn"));
    }

    @Test
    void patternsExplainThemselvesWithTheirHint() {
        assertEquals(
                List.of("trust.yaml:16:11: operatingModel.groups[0].id: 'North Hub' is not valid here; use "
                        + "kebab-case, such as north"),
                problemsOf("bad-pattern"));
    }

    @Test
    void rangesRejectNegativePupils() {
        assertEquals(
                List.of("trust.yaml:25:13: schools[0].pupils: -5 is too small; the smallest allowed is 0"),
                problemsOf("negative-pupils"));
    }

    @Test
    void everyDuplicateKeyIsReportedWithBothPlaces() {
        assertEquals(
                List.of(
                        "trust.yaml:26:5: schools[0].phase: duplicate key 'phase'; it is already written at trust.yaml:24:5; "
                                + "keep one of the two",
                        "trust.yaml:31:5: schools[1].group: duplicate key 'group'; it is already written at trust.yaml:30:5; "
                                + "keep one of the two"),
                problemsOf("duplicate-key"));
    }

    @Test
    void duplicateUrnsGroupIdsAndOutcomeIdsCiteBothPlaces() {
        assertEquals(
                List.of("trust.yaml:26:10: schools[1].urn: duplicate URN '100001'; it is already used at "
                        + "trust.yaml:22:10 (schools[0].urn)"),
                problemsOf("duplicate-urn"));
        assertEquals(
                List.of("trust.yaml:20:11: operatingModel.groups[1].id: duplicate group id 'north'; it is "
                        + "already used at trust.yaml:16:11 (operatingModel.groups[0].id)"),
                problemsOf("duplicate-group-id"));
        assertEquals(
                List.of("trust.yaml:14:11: vision.outcomes[1].id: duplicate outcome id 'ks2-reading'; it is "
                        + "already used at trust.yaml:10:11 (vision.outcomes[0].id)"),
                problemsOf("duplicate-outcome-id"));
    }

    @Test
    void aGrowthUrnMayNotBeAnOpenSchools() {
        assertEquals(
                List.of("trust.yaml:33:10: growth[0].urn: URN 100001 belongs to an open school at "
                        + "trust.yaml:22:10 (schools[0].urn); a school that has joined is listed under 'schools' only"),
                problemsOf("growth-urn-of-open-school"));
    }

    @Test
    void aGroupMustExist() {
        assertEquals(
                List.of("trust.yaml:29:12: schools[1].group: no group 'nort'; did you mean 'north'?"),
                problemsOf("dangling-group"));
        assertEquals(
                List.of("trust.yaml:23:12: schools[1].group: no group 'south'; operatingModel.groups defines "
                        + "none, so add the group there or remove this line"),
                problemsOf("group-without-groups"));
    }

    @Test
    void aGroupLeadMustBeOneOfTheSchools() {
        assertEquals(
                List.of("trust.yaml:19:13: operatingModel.groups[0].lead: no school has URN 100009; a group's "
                        + "lead must be one of the trust's schools"),
                problemsOf("dangling-lead"));
    }

    @Test
    void ruleIdsAndThresholdNamesMustBeInTheCatalogue() {
        assertEquals(
                List.of("trust.yaml:32:11: acknowledgements[0].rule: no rule 'BRK-530' in the catalogue; "
                        + "did you mean 'BRK-503'?"),
                problemsOf("unknown-acknowledged-rule"));
        assertEquals(
                List.of("trust.yaml:33:14: settings.severity.STR-260: no rule 'STR-260' in the catalogue; "
                        + "did you mean 'STR-206'?"),
                problemsOf("unknown-severity-rule"));
        assertEquals(
                List.of("trust.yaml:32:23: settings.disabled[1]: no rule 'INT-660' in the catalogue; "
                        + "did you mean 'INT-606'?"),
                problemsOf("disabled-unknown-rule"));
        assertEquals(
                List.of("trust.yaml:33:22: settings.thresholds.oversightSchool: no threshold "
                        + "'oversightSchool'; did you mean 'oversightSchools'?"),
                problemsOf("unknown-threshold"));
    }

    @Test
    void measuresAreNumbersUnlessTheUnitIsText() {
        assertEquals(
                List.of(
                        "trust.yaml:14:26: vision.outcomes[0].baseline.value: expected a number for an outcome "
                                + "with unit percent, found 'sixty-one'; write a number, or set 'unit: text' for a measure in words"),
                problemsOf("measure-not-number"));
    }

    @Test
    void aSectionInTwoFilesNamesBothFiles() {
        assertEquals(
                List.of("trust.yaml:21:1: schools: section 'schools' is also written in schools.yaml:1:1; "
                        + "keep each section in one file"),
                problemsOf("section-in-two-files"));
    }

    @Test
    void anUnsupportedSchemaVersionNamesTheSupportedOnes() {
        assertEquals(
                List.of("trust.yaml:1:9: schema: schema 'matreport/v2' is not supported; this version reads: "
                        + "matreport/v1"),
                problemsOf("wrong-schema-version"));
    }

    @Test
    void theLogoStaysInsideTheTrustFolder() {
        assertEquals(
                List.of("trust.yaml:6:9: trust.logo: '../secret/logo.svg' leads outside the trust folder; keep "
                        + "the logo inside it, such as assets/logo.svg"),
                problemsOf("logo-escapes"));
        assertEquals(
                List.of("trust.yaml:6:9: trust.logo: '/etc/logo.svg' is an absolute path; write a path inside "
                        + "the trust folder, such as assets/logo.svg"),
                problemsOf("logo-absolute"));
        assertEquals(
                List.of("trust.yaml:6:9: trust.logo: no file 'assets/logo.png' in the trust folder; add it or "
                        + "correct the path"),
                problemsOf("logo-missing"));
    }

    @Test
    void anchorsAndAliasesAreRefused() {
        assertEquals(
                List.of(
                        "trust.yaml:24:12: schools[0].phase: anchors ('&') are not supported; write each value out in full",
                        "trust.yaml:28:12: schools[1].phase: aliases ('*p') are not supported; write the value out in full"),
                problemsOf("anchor-alias"));
    }

    @Test
    void mergeKeysAreRefused() {
        assertEquals(
                List.of("trust.yaml:27:5: schools[1].<<: merge keys ('<<') are not supported; write the keys "
                        + "out in full"),
                problemsOf("merge-key"));
    }

    @Test
    void tabsUsedForIndentationAreExplained() {
        assertEquals(
                List.of("trust.yaml:28:1: a tab is used for indentation here; indent with spaces only"),
                problemsOf("tab-indentation"));
    }

    @Test
    void aSyntaxErrorIsPlacedWhereTheMistakeStarts() {
        assertEquals(
                List.of("trust.yaml:4:9: YAML syntax error: a quoted value starts here but its closing quote is "
                        + "missing"),
                problemsOf("syntax-error"));
    }

    @Test
    void aFileHoldsOneDocument() {
        assertEquals(
                List.of("trust.yaml:31:1: a second YAML document starts here; a trust file holds one document, "
                        + "so remove the '---'"),
                problemsOf("two-documents"));
    }

    @Test
    void deepNestingIsRefused() {
        assertEquals(
                List.of("trust.yaml:31:73: mappings and lists nest more than 64 levels deep here; trust files "
                        + "need only a few levels"),
                problemsOf("deep-nesting"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(
                List.of("growth.yaml: is empty; write at least one section, such as 'schools:', or delete the "
                        + "file"),
                problemsOf("empty-file"));
    }

    @Test
    void aBinaryFileIsRefused() {
        assertEquals(
                List.of("logo.yaml: is a binary file (it holds NUL bytes); trust files are UTF-8 text"),
                problemsOf("binary-file"));
    }

    @Test
    void aFileThatIsNotUtf8IsPlacedAtItsFirstBadByte() {
        assertEquals(
                List.of("trust.yaml:27:20: is not valid UTF-8 (byte 0xE9 here); save the file as UTF-8"),
                problemsOf("non-utf8"));
    }

    @Test
    void aFolderNamedLikeAYamlFileIsRefused() {
        assertEquals(
                List.of("schools.yaml: is a folder, not a file; trust files must be YAML files beside " + "trust.yaml"),
                problemsOf("folder-named-yaml"));
    }

    @Test
    void aFileOverTheSizeLimitNamesTheLimit() {
        assertEquals(
                List.of("trust.yaml: is larger than the limit of 256 bytes per file; move some sections into "
                        + "other files beside it"),
                problems(resource("bad/file-too-large"), LoadLimits.defaults().withMaxFileBytes(256)));
    }

    @Test
    void aFolderWithoutTrustYamlIsNamedInOneLineWithTheFix() {
        Path folder = resource("bad/missing-trust-yaml");
        assertEquals(
                List.of(folder.toAbsolutePath().normalize() + ": no trust.yaml here, so this is not a trust folder;"
                        + " run matreport in the folder that holds trust.yaml or name that folder (matreport check"
                        + " FOLDER), or start one with matreport init"),
                problems(folder));
    }
}
