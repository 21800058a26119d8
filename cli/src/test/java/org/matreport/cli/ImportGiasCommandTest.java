package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.load.TrustLoader;
import org.matreport.model.Phase;
import org.matreport.model.Region;
import org.matreport.model.School;
import org.matreport.rules.Rulebook;

/** {@code matreport import-gias} over register extracts the tests write, in both of the register's encodings. */
class ImportGiasCommandTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");
    private static final Path MINIMAL = TestFiles.resource("trusts/minimal");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TRUST = "Northern Lights Academy Trust";
    private static final String UID = "5001";

    @TempDir
    Path temp;

    /** The example trust's schools as the register would list them, a few more pupils each. */
    private static RegisterExtract withExampleSchools(List<School> schools) {
        RegisterExtract extract = RegisterExtract.withOtherTrusts();
        for (School school : schools) {
            extract.school(
                    school.urn().value(),
                    school.name(),
                    school.phase() == Phase.PRIMARY ? "Primary" : "Secondary",
                    "Academy converter",
                    "Open",
                    school.region() == Region.NORTH_WEST ? "North West" : "Yorkshire and the Humber",
                    school.localAuthority(),
                    Integer.toString(school.pupils() + 5),
                    UID,
                    TRUST,
                    "01-09-2016");
        }
        return extract;
    }

    @Test
    void importHandEditAndImportAgainKeepsTheTrustsOwnFields() throws Exception {
        Path trust = temp.resolve("trust");
        TestFiles.copy(EXAMPLE, trust);
        List<School> example = schools(trust);

        RegisterExtract first = withExampleSchools(example)
                .school(
                        141213,
                        "Brontë Moor Academy",
                        "Primary",
                        "Academy sponsor led",
                        "Open",
                        "Yorkshire and the Humber",
                        "Calderdale",
                        "180",
                        UID,
                        TRUST,
                        "05-01-2026");
        Path december = temp.resolve("edubasealldata20261201.csv");
        first.writeEstablishments(december, WINDOWS_1252);

        Cli imported = Cli.run(
                "import-gias",
                "--trust",
                "northern lights academy trust",
                "--establishments",
                december.toString(),
                trust.toString());
        assertEquals(Main.OK, imported.exitCode(), imported.all());
        assertTrue(imported.out().contains("Joined (1):\n  Brontë Moor Academy (141213)\n"), imported.out());
        assertTrue(imported.out().contains("Left (0)\n"), imported.out());
        assertTrue(imported.out().contains("Not mapped (0)\n"), imported.out());
        Map<Integer, School> afterFirst = byUrn(schools(trust));
        assertEquals(13, afterFirst.size());
        School founding = afterFirst.get(141201);
        assertEquals(425, founding.pupils(), "register field refreshed");
        assertEquals("west-pennine", founding.group(), "hand field kept");
        assertEquals("high", founding.performance().label(), "hand field kept");
        School joiner = afterFirst.get(141213);
        assertEquals("Brontë Moor Academy", joiner.name(), "read as Windows-1252");
        assertEquals(Region.YORKSHIRE_AND_THE_HUMBER, joiner.region());
        assertEquals(java.time.LocalDate.of(2026, 1, 5), joiner.joined());
        assertNull(joiner.group());
        String firstText = Files.readString(trust.resolve("schools.yaml"), StandardCharsets.UTF_8);
        assertTrue(firstText.contains("  # West Pennine Hub: Blackburn with Darwen"), "a heading comment is kept");
        assertTrue(
                firstText.contains("    pupils: 425\n    joined: 2016-09-01\n    group: west-pennine\n"
                        + "    performance: high            # the founding school and the hub's lead\n"),
                firstText);

        // The trust places the new school and moves another, by hand.
        Path schoolsFile = trust.resolve("schools.yaml");
        String text = Files.readString(schoolsFile, StandardCharsets.UTF_8);
        text = text.replace(
                "    joined: 2026-01-05\n",
                "    joined: 2026-01-05\n    group: east-pennine\n"
                        + "    performance: improving\n    ownApproach: [identity]\n");
        text = text.replaceFirst("(urn: 141202\n(    .*\n)*?    group: )west-pennine", "$1east-pennine");
        Files.writeString(schoolsFile, text, StandardCharsets.UTF_8);

        RegisterExtract second = withExampleSchools(
                        example.stream().filter(s -> s.urn().value() != 141212).toList())
                .school(
                        141212,
                        "Beckside Primary Academy",
                        "Primary",
                        "Academy converter",
                        "Closed",
                        "Yorkshire and the Humber",
                        "Kirklees",
                        "0",
                        UID,
                        TRUST,
                        "01-09-2025")
                .school(
                        141213,
                        "Brontë Moor Academy",
                        "Primary",
                        "Academy sponsor led",
                        "Open",
                        "Yorkshire and the Humber",
                        "Calderdale",
                        "190",
                        UID,
                        TRUST,
                        "05-01-2026")
                .school(
                        141214,
                        "Ysgol Tŷ Newydd",
                        "Not applicable",
                        "Academy special converter",
                        "Open",
                        "North West",
                        "Lancashire",
                        "",
                        UID,
                        TRUST,
                        "01-04-2027")
                .school(
                        141215,
                        "Over the Border Academy",
                        "Secondary",
                        "Academy converter",
                        "Open, but proposed to close",
                        "Wales (pseudo)",
                        "Monmouthshire",
                        "300",
                        UID,
                        TRUST,
                        "01-04-2027");
        Path march = temp.resolve("edubasealldata20270301.csv");
        second.writeEstablishments(march, StandardCharsets.UTF_8);

        Cli again = Cli.run("import-gias", "--trust", UID, "--establishments", march.toString(), trust.toString());
        assertEquals(Main.OK, again.exitCode(), again.all());
        assertTrue(
                again.out().contains("Joined (2):\n  Over the Border Academy (141215)\n  Ysgol Tŷ Newydd (141214)\n"),
                again.out());
        assertTrue(again.out().contains("Left (1):\n  Beckside Primary Academy (141212)\n"), again.out());
        assertTrue(again.out().contains("region 'Wales (pseudo)' is not one of England's nine regions"), again.out());

        Map<Integer, School> afterSecond = byUrn(schools(trust));
        assertEquals(14, afterSecond.size());
        assertFalse(afterSecond.containsKey(141212));
        School edited = afterSecond.get(141213);
        assertEquals("east-pennine", edited.group());
        assertEquals("improving", edited.performance().label());
        assertEquals(
                "[identity]",
                edited.ownApproach().stream().map(a -> a.label()).toList().toString());
        assertEquals(190, edited.pupils());
        assertEquals("east-pennine", afterSecond.get(141202).group());
        assertEquals(Phase.SPECIAL, afterSecond.get(141214).phase());
        assertEquals("Ysgol Tŷ Newydd", afterSecond.get(141214).name(), "read as UTF-8");
        assertNull(afterSecond.get(141215).region());
        assertNotEquals(Main.INVALID, Cli.run("check", trust.toString()).exitCode());
    }

    @Test
    void linksFindTheTrustsSchoolsAndTheirJoiningDates() throws Exception {
        Path trust = temp.resolve("trust");
        TestFiles.copy(MINIMAL, trust);
        RegisterExtract extract = RegisterExtract.withOtherTrusts()
                .school(
                        100001,
                        "Aurora Primary Academy",
                        "Primary",
                        "Academy converter",
                        "Open",
                        "North East",
                        "Northumberland",
                        "410",
                        "",
                        "",
                        "01-09-2012")
                .school(
                        100002,
                        "Borealis High School",
                        "Secondary",
                        "Academy converter",
                        "Open",
                        "North East",
                        "Northumberland",
                        "990",
                        "",
                        "",
                        "01-09-2012")
                .school(
                        100003,
                        "Corona Federated School",
                        "Primary",
                        "Academy converter",
                        "Open",
                        "North East",
                        "Northumberland",
                        "99",
                        "",
                        "",
                        "01-09-2012")
                .link(100001, "7777", "Minimal Learning Trust", "Multi-academy trust", "01/09/2020")
                .link(100002, "7777", "Minimal Learning Trust", "Multi-academy trust", "15-04-2021")
                .link(100003, "8888", "Minimal Learning Trust", "Federation", "15-04-2021");
        Path establishments = temp.resolve("edubasealldata.csv");
        Path links = temp.resolve("allgroupslinkdata.csv");
        extract.writeEstablishments(establishments, StandardCharsets.UTF_8);
        extract.writeLinks(links, WINDOWS_1252);

        Cli result = Cli.run(
                "import-gias",
                "--trust",
                "Minimal Learning Trust",
                "--establishments",
                establishments.toString(),
                "--links",
                links.toString(),
                trust.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        assertFalse(Files.exists(trust.resolve("schools.yaml")), "the section stays in trust.yaml");
        Map<Integer, School> schools = byUrn(schools(trust));
        assertEquals(List.of(100001, 100002), schools.keySet().stream().sorted().toList());
        assertEquals(java.time.LocalDate.of(2020, 9, 1), schools.get(100001).joined());
        assertEquals(java.time.LocalDate.of(2021, 4, 15), schools.get(100002).joined());
        assertEquals("north", schools.get(100002).group());
        String trustYaml = Files.readString(trust.resolve("trust.yaml"), StandardCharsets.UTF_8);
        assertTrue(trustYaml.startsWith("# The smallest trust the loader accepts"), "the rest of the file is kept");
        assertTrue(trustYaml.contains("operatingModel:\n  models: [hub]"), trustYaml);
    }

    @Test
    void aSectionWrittenInFlowStyleIsWrittenAfreshWithTheTrustsOwnFields() throws Exception {
        Path trust = temp.resolve("trust");
        TestFiles.copy(MINIMAL, trust);
        Path trustYaml = trust.resolve("trust.yaml");
        String text = Files.readString(trustYaml, StandardCharsets.UTF_8);
        Files.writeString(
                trustYaml,
                text.substring(0, text.indexOf("schools:"))
                        + "schools:\n  - {urn: 100001, name: Aurora, group: north, performance: high,"
                        + " ownApproach: [curriculum]}\n  - {urn: 100002, name: Borealis, group: north}\n",
                StandardCharsets.UTF_8);
        RegisterExtract extract = RegisterExtract.withOtherTrusts()
                .school(
                        100001,
                        "Aurora Primary Academy",
                        "Primary",
                        "Academy converter",
                        "Open",
                        "North East",
                        "Northumberland",
                        "410",
                        "7777",
                        "Minimal Learning Trust",
                        "01-09-2012")
                .school(
                        100002,
                        "Borealis High School",
                        "Secondary",
                        "Academy converter",
                        "Open",
                        "North East",
                        "Northumberland",
                        "990",
                        "7777",
                        "Minimal Learning Trust",
                        "01-09-2012");
        Path establishments = temp.resolve("edubasealldata.csv");
        extract.writeEstablishments(establishments, WINDOWS_1252);

        Cli result = Cli.run(
                "import-gias", "--trust", "7777", "--establishments", establishments.toString(), trust.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        School aurora = byUrn(schools(trust)).get(100001);
        assertEquals("Aurora Primary Academy", aurora.name());
        assertEquals("north", aurora.group());
        assertEquals("high", aurora.performance().label());
        assertEquals("curriculum", aurora.ownApproach().get(0).label());
    }

    @Test
    void anImportTheLoaderWouldRefuseLeavesTheFileAsItWas() throws Exception {
        Path trust = temp.resolve("trust");
        TestFiles.copy(MINIMAL, trust);
        byte[] before = Files.readAllBytes(trust.resolve("trust.yaml"));
        // Aurora, the North Hub's lead school, is no longer in the trust: the group would name a school it lacks.
        RegisterExtract extract = RegisterExtract.withOtherTrusts()
                .school(
                        100002,
                        "Borealis High School",
                        "Secondary",
                        "Academy converter",
                        "Open",
                        "North East",
                        "Northumberland",
                        "990",
                        "7777",
                        "Minimal Learning Trust",
                        "01-09-2012");
        Path establishments = temp.resolve("edubasealldata.csv");
        extract.writeEstablishments(establishments, StandardCharsets.UTF_8);

        Cli result = Cli.run(
                "import-gias", "--trust", "7777", "--establishments", establishments.toString(), trust.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("was left as it was"), result.err());
        assertTrue(result.err().contains("lead"), result.err());
        assertArrayEquals(before, Files.readAllBytes(trust.resolve("trust.yaml")));
    }

    @Test
    void aTrustTheRegisterDoesNotKnowWritesNothing() throws Exception {
        Path trust = temp.resolve("trust");
        TestFiles.copy(EXAMPLE, trust);
        byte[] before = Files.readAllBytes(trust.resolve("schools.yaml"));
        Path establishments = temp.resolve("edubasealldata.csv");
        RegisterExtract.withOtherTrusts().writeEstablishments(establishments, StandardCharsets.UTF_8);

        Cli result = Cli.run(
                "import-gias", "--trust", TRUST, "--establishments", establishments.toString(), trust.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("no open school belongs to a trust named"), result.err());
        assertArrayEquals(before, Files.readAllBytes(trust.resolve("schools.yaml")));
    }

    @Test
    void anExtractWithoutTheColumnsNamesThem() throws Exception {
        Path trust = temp.resolve("trust");
        TestFiles.copy(EXAMPLE, trust);
        Path establishments = temp.resolve("wrong.csv");
        Files.writeString(establishments, "URN,SchoolName\n141201,Kestrel Brook\n");
        Cli result = Cli.run(
                "import-gias", "--trust", TRUST, "--establishments", establishments.toString(), trust.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("wrong.csv:1: missing columns 'EstablishmentName'"), result.err());
    }

    @Test
    void aQuoteLeftOpenNamesTheLine() throws Exception {
        Path trust = temp.resolve("trust");
        TestFiles.copy(EXAMPLE, trust);
        Path establishments = temp.resolve("broken.csv");
        Files.writeString(
                establishments,
                String.join(",", RegisterExtract.ESTABLISHMENT_HEADER) + "\n141201,\"889\n141202,Lancashire\n");
        Cli result = Cli.run(
                "import-gias", "--trust", TRUST, "--establishments", establishments.toString(), trust.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("broken.csv:2: a quoted field begins here and is never closed"), result.err());
    }

    private static List<School> schools(Path trust) throws Exception {
        return new TrustLoader(Rulebook.ids()).load(trust).trust().schools();
    }

    private static Map<Integer, School> byUrn(List<School> schools) {
        return schools.stream().collect(Collectors.toMap(s -> s.urn().value(), Function.identity()));
    }
}
