package org.matreport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A made-up trust of any size for measuring: schools spread over England's regions in hubs of about six, with the
 * phases, performance, growth and acknowledgements a real trust of that size would show. The same size and seed
 * always give the same files, so that two benchmark runs measure the same work.
 */
public final class SyntheticTrust {

    static final List<String> REGIONS = List.of(
            "North West",
            "North East",
            "Yorkshire and The Humber",
            "East Midlands",
            "West Midlands",
            "East of England",
            "London",
            "South East",
            "South West");

    private static final List<String> FIRST = List.of(
            "Kestrel",
            "Heather",
            "Weaver",
            "Darwen",
            "Skylark",
            "Ribble",
            "Calder",
            "Millstone",
            "Foxglove",
            "Wharfe",
            "Beck",
            "Oak",
            "Ash",
            "Rowan",
            "Alder",
            "Willow",
            "Hawthorn",
            "Linden",
            "Bramble",
            "Clover",
            "Meadow",
            "Brook",
            "Fell",
            "Moor",
            "Holme",
            "Ridge",
            "Dale",
            "Marsh",
            "Heath",
            "Copse",
            "Orchard",
            "Quarry",
            "Mill",
            "Bridge",
            "Castle",
            "Abbey",
            "Priory",
            "Chapel",
            "Market",
            "Harbour");

    private static final List<String> SECOND = List.of(
            "Brook", "field", "Row", "Edge", "View", "side", "Hill", "Green", "Lane", "Park", "Vale", "Wood", "Gate",
            "Cross", "End", "Fold", "Heights", "Bank", "Croft", "Grange", "Hollow", "Rise", "Well", "Lea", "Ford");

    /** Phases in roughly the proportions of academies in England: mostly primary, some secondary, a few special. */
    private static final String[] PHASES = pick("primary", 78, "secondary", 16, "special", 4, "all-through", 2);

    /** The trust's own reading of its schools: most secure, a fifth strong, a tenth of concern. */
    private static final String[] PERFORMANCE = pick("high", 20, "secure", 50, "improving", 20, "concern", 10);

    private static final int SCHOOLS_PER_HUB = 6;

    private final int schools;
    private final Random random;
    private final List<String> names;

    private SyntheticTrust(int schools, long seed) {
        this.schools = schools;
        this.random = new Random(seed);
        this.names = schoolNames(schools + growthSize(schools), random);
    }

    /** Writes {@code trust.yaml} and {@code schools.yaml} for a trust of the given size into the folder. */
    public static void write(Path folder, int schools, long seed) throws IOException {
        if (schools < 1) {
            throw new IllegalArgumentException("a trust needs at least one school, not " + schools);
        }
        SyntheticTrust trust = new SyntheticTrust(schools, seed);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("schools.yaml"), trust.schoolsYaml(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("trust.yaml"), trust.trustYaml(), StandardCharsets.UTF_8);
    }

    static int hubs(int schools) {
        return (schools + SCHOOLS_PER_HUB - 1) / SCHOOLS_PER_HUB;
    }

    /** A trust plans to grow by about a tenth, and even a small one has a school in the pipeline. */
    static int growthSize(int schools) {
        return Math.max(1, schools / 10);
    }

    private String schoolsYaml() {
        StringBuilder y = new StringBuilder("schools:\n");
        for (int i = 0; i < schools; i++) {
            int hub = i / SCHOOLS_PER_HUB;
            boolean lead = i % SCHOOLS_PER_HUB == 0;
            y.append("  - urn: ").append(urn(i)).append('\n');
            y.append("    name: ").append(quoted(names.get(i) + suffix(i))).append('\n');
            y.append("    phase: ").append(phase(i)).append('\n');
            y.append("    region: ").append(region(hub)).append('\n');
            y.append("    localAuthority: ").append(localAuthority(hub)).append('\n');
            y.append("    pupils: ").append(pupils(phase(i))).append('\n');
            y.append("    joined: ").append(joined(i)).append('\n');
            y.append("    group: hub-").append(hub + 1).append('\n');
            y.append("    performance: ")
                    .append(lead ? "high" : one(PERFORMANCE))
                    .append('\n');
            if (lead && random.nextInt(4) == 0) {
                y.append("    ownApproach: [curriculum]\n");
            }
        }
        return y.toString();
    }

    private String trustYaml() {
        StringBuilder y = new StringBuilder();
        y.append(HEAD.formatted(schools, schools, 7_000_000L * schools / 2));
        y.append(OPERATING_MODEL_HEAD);
        for (int hub = 0; hub < hubs(schools); hub++) {
            y.append("    - id: hub-").append(hub + 1).append('\n');
            y.append("      name: ")
                    .append(quoted(localAuthority(hub) + " Hub " + (hub + 1)))
                    .append('\n');
            y.append("      kind: hub\n");
            y.append("      lead: ").append(urn(hub * SCHOOLS_PER_HUB)).append('\n');
        }
        y.append(CENTRAL_TEAM);
        for (int hub = 0; hub < hubs(schools); hub++) {
            y.append("    - role: ")
                    .append(quoted("Hub Director, hub " + (hub + 1)))
                    .append('\n');
            y.append("      focus: improvement-leadership\n      fte: 1.0\n");
        }
        y.append(GOVERNANCE);
        y.append("growth:\n");
        for (int g = 0; g < growthSize(schools); g++) {
            int hub = random.nextInt(hubs(schools));
            String phase = one(PHASES);
            y.append("  - name: ")
                    .append(quoted(names.get(schools + g) + " School"))
                    .append('\n');
            y.append("    urn: ").append(urn(schools + g)).append('\n');
            y.append("    expected: ")
                    .append(LocalDate.of(2027 + random.nextInt(3), 9, 1))
                    .append('\n');
            y.append("    phase: ").append(phase).append('\n');
            y.append("    region: ").append(region(hub)).append('\n');
            y.append("    localAuthority: ").append(localAuthority(hub)).append('\n');
            y.append("    pupils: ").append(pupils(phase)).append('\n');
            y.append("    group: hub-").append(hub + 1).append('\n');
            y.append("    performance: ").append(one(PERFORMANCE)).append('\n');
        }
        y.append(ACKNOWLEDGEMENTS);
        return y.toString();
    }

    private static int urn(int index) {
        return 140_001 + index;
    }

    private String phase(int index) {
        // Drawn from the index, not the shared random, so that a school keeps its phase wherever it is asked for.
        return PHASES[new Random(index * 7919L).nextInt(PHASES.length)];
    }

    private static String suffix(int index) {
        return index % 5 == 0 ? " Academy" : " Primary Academy";
    }

    /** Hubs are local: every school in a hub shares its region and local authority, and regions fill in turn. */
    private String region(int hub) {
        return REGIONS.get(hub % REGIONS.size());
    }

    private static String localAuthority(int hub) {
        return "Borough " + (hub + 1);
    }

    private int pupils(String phase) {
        return switch (phase) {
            case "secondary", "all-through" -> 700 + random.nextInt(900);
            case "special" -> 60 + random.nextInt(120);
            default -> 150 + random.nextInt(350);
        };
    }

    private LocalDate joined(int index) {
        // The trust grows over a decade, so early URNs joined first.
        int year = 2014 + (int) ((long) index * 12 / Math.max(1, schools));
        return LocalDate.of(Math.min(year, 2025), random.nextBoolean() ? 9 : 4, 1);
    }

    private String one(String[] weighted) {
        return weighted[random.nextInt(weighted.length)];
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    private static List<String> schoolNames(int count, Random random) {
        List<String> all = new ArrayList<>();
        for (String first : FIRST) {
            for (String second : SECOND) {
                all.add(second.equals(second.toLowerCase(Locale.ROOT)) ? first + second : first + " " + second);
            }
        }
        Collections.shuffle(all, random);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Beyond a thousand names the list repeats with a numeral, as towns with several schools do.
            String name = all.get(i % all.size());
            names.add(i < all.size() ? name : name + " " + (i / all.size() + 1));
        }
        return names;
    }

    private static String[] pick(Object... valueThenWeight) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < valueThenWeight.length; i += 2) {
            for (int n = 0; n < (Integer) valueThenWeight[i + 1]; n++) {
                out.add((String) valueThenWeight[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    private static final String HEAD = """
            schema: matreport/v1

            trust:
              name: "Synthetic Academy Trust (%d schools)"
              companyNumber: "00%06d"
              period: 2026/27
              boardMeeting: 2026-12-10
              revenue: %d
              colour: "#1d4f91"

            vision:
              statement: >-
                Every child in our schools leaves able to read fluently, reason carefully and choose their own
                next step, whatever their family's income.
              mission: >-
                We teach one carefully sequenced curriculum that our teachers build together, develop every adult
                who works in our schools, and run finance, people, estates and data centrally.
              values: [aspiration, belonging, integrity]
              outcomes:
                - id: ks2-reading-writing-maths
                  area: academic
                  description: Pupils meeting the expected standard in reading, writing and mathematics at key stage 2
                  unit: percent
                  baseline: { value: 58, year: 2025/26 }
                  target: { value: 68, year: 2028/29 }
                - id: disadvantaged-gap-ks2
                  area: inclusion
                  description: Gap between disadvantaged pupils and their peers at key stage 2 (lower is better)
                  unit: percent
                  baseline: { value: 21, year: 2025/26 }
                  target: { value: 12, year: 2028/29 }
                - id: pupils-feel-safe-and-happy
                  area: wellbeing
                  description: Pupils who say in the spring survey that they feel safe and happy at school
                  unit: percent
                  baseline: { value: 78, year: 2025/26 }
                  target: { value: 88, year: 2027/28 }
                - id: staff-wellbeing-index
                  area: staff
                  description: Staff wellbeing index from the termly staff survey, scored from 0 to 10
                  unit: score
                  baseline: { value: 6.4, year: 2025/26 }
                  target: { value: 7.5, year: 2028/29 }
                - id: revenue-reserves
                  area: financial
                  description: Revenue reserves held across the trust, as a share of annual income
                  unit: percent
                  baseline: { value: 4.1, year: 2025/26 }
                  target: { value: 5.0, year: 2027/28 }

            strategy:
              cluster: alignment
              rationale: >-
                Our schools serve communities with much in common, and a curriculum that is shared, well resourced
                and built by our own teachers serves these pupils better than many separate attempts.

            alignment:
              areas:
                curriculum:            { target: common, current: partly, approach: collaborative, evidence: both }
                pedagogy:              { target: common, current: partly, approach: collaborative, evidence: research }
                assessment:            { target: common, current: shared-principles, approach: central, evidence: internal }
                teacherDevelopment:    { target: common, current: partly, approach: central, evidence: research }
                leadershipDevelopment: { target: common, current: shared-principles, approach: central, evidence: both }
                backOffice:            { target: common, current: common, approach: central, evidence: internal }
                informationManagement: { target: common, current: partly, approach: central, evidence: internal }
                identity:              { target: shared-principles, current: shared-principles, approach: collaborative, evidence: internal }
              newSchools:
                policy: induct
                notes: >-
                  A joining school is given a partner school in its hub and a transition plan agreed before the
                  funding agreement is signed.
              earnedAutonomy:
                enabled: true
                criteria: >-
                  A school judged high-performing for two consecutive years may keep its own approach in a named
                  area; the Education Committee decides and reviews the decision every year.

            """;

    private static final String OPERATING_MODEL_HEAD = """
            operatingModel:
              models: [hub, central-expertise]
              groups:
            """;

    private static final String CENTRAL_TEAM = """
              centralServices: regional
              ceo:
                improvementRole: enables
              centralTeam:
                - role: Director of Education
                  focus: improvement-leadership
                  fte: 1.0
                - role: Subject and Phase Leads
                  focus: improvement-delivery
                  fte: 3.0
                - role: Chief Operating Officer
                  focus: operations
                  fte: 1.0
                - role: Chief Financial Officer
                  focus: finance
                  fte: 1.0
            """;

    private static final String GOVERNANCE = """
              governance:
                trustees: 10
                localGovernorsOnBoard: some
                skills: [education, finance, legal, people, estates, audit-risk, safeguarding]
                schemeOfDelegation:
                  reviewed: 2026-07-08
                  directedIntervention: true
                  overlap: false
                improvementReview: termly
              intelligence:
                sources: [outcomes, ofsted, attendance, staff-survey, pupil-survey, staff-turnover,
                          exit-interviews, peer-review, external-review, risk-registers, finance]
                standardised: true
              communications:
                trustWideEvents: true
                other: [termly-briefings, hub-networks, subject-networks, newsletter]
              investment:
                researchPercent: 2.1

            """;

    private static final String ACKNOWLEDGEMENTS = """

            acknowledgements:
              - rule: INT-606
                reason: >-
                  Spending on research, development and training is below the level the rule looks for; the board
                  has asked for a costed plan in next year's budget.
                owner: Chief Financial Officer
                until: 2027-07-31
            """;
}
