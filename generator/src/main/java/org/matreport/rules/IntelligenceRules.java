package org.matreport.rules;

import static org.matreport.catalogue.Link.INTELLIGENCE;
import static org.matreport.catalogue.Sources.BUILDING_TRUSTS;
import static org.matreport.catalogue.Sources.CEO_ROLE;
import static org.matreport.catalogue.Sources.cite;
import static org.matreport.catalogue.Threshold.DELEGATION_GROWTH_SCHOOLS;
import static org.matreport.catalogue.Threshold.DELEGATION_REVIEW_MONTHS;
import static org.matreport.catalogue.Threshold.INTELLIGENCE_SOURCES;
import static org.matreport.catalogue.Threshold.RESEARCH_PERCENT;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matreport.model.IntelligenceSource;
import org.matreport.model.Outcome;
import org.matreport.model.OutcomeArea;
import org.matreport.model.ReviewFrequency;
import org.matreport.model.School;
import org.matreport.text.Words;

/**
 * Intelligence and accountability (I): a triangulated, comparable picture of the schools, and a board that holds the
 * improvement model to account.
 */
final class IntelligenceRules {

    /** Sources that show how pupils and staff experience the trust. */
    private static final Set<IntelligenceSource> PEOPLE = EnumSet.of(
            IntelligenceSource.STAFF_SURVEY,
            IntelligenceSource.PUPIL_SURVEY,
            IntelligenceSource.ATTENDANCE,
            IntelligenceSource.STAFF_TURNOVER,
            IntelligenceSource.EXIT_INTERVIEWS);
    /** Sources independent of the trust's own improvement leads. */
    private static final Set<IntelligenceSource> INDEPENDENT =
            EnumSet.of(IntelligenceSource.EXTERNAL_REVIEW, IntelligenceSource.PEER_REVIEW);

    /**
     * The sources that can show an outcome moving, by the outcome's area; community and operational outcomes have
     * none in the list of sources, so they are not judged.
     */
    private static final Map<OutcomeArea, Set<IntelligenceSource>> MEASURED_BY = Map.of(
            OutcomeArea.WELLBEING, EnumSet.of(IntelligenceSource.PUPIL_SURVEY, IntelligenceSource.ATTENDANCE),
            OutcomeArea.STAFF,
                    EnumSet.of(
                            IntelligenceSource.STAFF_SURVEY,
                            IntelligenceSource.STAFF_TURNOVER,
                            IntelligenceSource.EXIT_INTERVIEWS),
            OutcomeArea.INCLUSION, EnumSet.of(IntelligenceSource.ATTENDANCE, IntelligenceSource.OUTCOMES),
            OutcomeArea.ACADEMIC, EnumSet.of(IntelligenceSource.OUTCOMES, IntelligenceSource.OFSTED),
            OutcomeArea.FINANCIAL, EnumSet.of(IntelligenceSource.FINANCE));

    private static final String SCHEME = "operatingModel.governance.schemeOfDelegation";

    private IntelligenceRules() {}

    /** The rules of this link, in catalogue order, each declared with its check. */
    static List<Rule> rules() {
        return List.of(
                Rule.declare("INT-601")
                        .name("narrow-intelligence")
                        .severity(WARNING)
                        .link(INTELLIGENCE)
                        .thresholds(INTELLIGENCE_SOURCES)
                        .source(cite(CEO_ROLE, "triangulate intelligence rather than relying on improvement leads"))
                        .rationale(
                                "A picture built from results and inspections alone, or from few sources, cannot show"
                                        + " trends early or check what improvement leads report.")
                        .action("Add people sources (surveys, attendance, turnover, exit interviews) and independent"
                                + " reviews.")
                        .check(IntelligenceRules::narrowIntelligence),
                Rule.declare("INT-602")
                        .name("data-not-standardised")
                        .severity(WARNING)
                        .link(INTELLIGENCE)
                        .source(cite(CEO_ROLE, "standardised data lets schools be compared"))
                        .rationale(
                                "Unless schools define their data the same way, the board cannot compare or benchmark"
                                        + " them.")
                        .action("Agree common data definitions across schools.")
                        .check(IntelligenceRules::dataNotStandardised),
                Rule.declare("INT-603")
                        .name("delegation-overlap")
                        .severity(WARNING)
                        .link(INTELLIGENCE)
                        .source(cite(CEO_ROLE, "overlap between improvement leads and local boards breeds conflict"))
                        .rationale(
                                "When improvement leads and local governing bodies own the same decisions, each blurs"
                                        + " the other's accountability and challenge turns into conflict.")
                        .action("Revise the scheme of delegation so each decision has one owner.")
                        .check(IntelligenceRules::delegationOverlap),
                Rule.declare("INT-604")
                        .name("delegation-stale")
                        .severity(WARNING)
                        .link(INTELLIGENCE)
                        .thresholds(DELEGATION_REVIEW_MONTHS, DELEGATION_GROWTH_SCHOOLS)
                        .source(cite(BUILDING_TRUSTS, "governance is never fixed: it has to evolve as the trust grows"))
                        .rationale(
                                "Governance that is not revisited drifts away from the trust it governs; the research"
                                        + " says it must change as the trust grows. The scheme of delegation is due"
                                        + " for review after a year, or sooner once several schools have joined since"
                                        + " the last review (both figures are project defaults).")
                        .action("Review the scheme of delegation and record the date.")
                        .check(IntelligenceRules::delegationStale),
                Rule.declare("INT-605")
                        .name("no-board-review")
                        .severity(WARNING)
                        .link(INTELLIGENCE)
                        .source(cite(CEO_ROLE, "the board holds the improvement model to account"))
                        .rationale(
                                "The board answers for the improvement model; without a regular review it cannot test"
                                        + " whether the model delivers the vision.")
                        .action("Put a review of the improvement model on the board's calendar.")
                        .check(IntelligenceRules::noBoardReview),
                Rule.declare("INT-606")
                        .name("low-development-investment")
                        .severity(INFO)
                        .link(INTELLIGENCE)
                        .thresholds(RESEARCH_PERCENT)
                        .source(cite(
                                CEO_ROLE,
                                "quotes the Global Innovation 1000, a study of companies, whose top organisations"
                                        + " invest upwards of 5% of revenue in research and development; a corporate"
                                        + " figure, not a norm for trusts"))
                        .rationale(
                                "The article's author expects trusts that invest in developing their improvement work"
                                        + " on evidence, staff training included, to respond faster to change than"
                                        + " those that do not. The 5% is a corporate benchmark the article quotes, so"
                                        + " it is a prompt for the board, not a standard trusts are held to.")
                        .action("Record the share of revenue spent on research, development and training, and review"
                                + " it.")
                        .check(IntelligenceRules::lowDevelopmentInvestment),
                Rule.declare("INT-607")
                        .name("outcome-without-intelligence")
                        .severity(INFO)
                        .link(INTELLIGENCE)
                        .source(cite(
                                CEO_ROLE,
                                "the intelligence an improvement model generates should reflect the organisation's"
                                        + " improvement priorities"))
                        .rationale("An outcome the vision commits to needs intelligence that can show whether it is"
                                + " moving; the article expects a trust's intelligence to reflect its"
                                + " improvement priorities. The matching sources are this project's reading:"
                                + " wellbeing needs a pupil survey or attendance, staff a staff survey,"
                                + " turnover or exit interviews, inclusion attendance or outcomes, academic"
                                + " outcomes or inspection, financial finance. Community and operational"
                                + " outcomes are not checked, as no source in the list measures them.")
                        .action("Add an intelligence source that measures the outcome, or say how the trust will know"
                                + " it is moving.")
                        .check(IntelligenceRules::outcomeWithoutIntelligence));
    }

    private static List<Breach> narrowIntelligence(RuleContext t) {
        Set<IntelligenceSource> sources = t.intelligenceSources();
        double least = t.threshold(INTELLIGENCE_SOURCES);
        boolean beyondResults = sources.stream().anyMatch(s -> PEOPLE.contains(s) || INDEPENDENT.contains(s));
        if (sources.size() >= least && beyondResults) {
            return List.of();
        }
        String held = sources.isEmpty()
                ? "no sources"
                : Words.plural(sources.size(), "source", "sources") + " ("
                        + Words.and(sources.stream().map(Words::label).toList()) + ")";
        String why = sources.size() < least
                ? "fewer than the " + Words.number(least) + " needed to triangulate"
                : "none of them from surveys, attendance, turnover, exit interviews or independent review";
        return List.of(
                Breach.of(null, "The trust draws on " + held + ", " + why, "operatingModel.intelligence.sources"));
    }

    private static List<Breach> dataNotStandardised(RuleContext t) {
        if (t.schoolCount() < 2 || t.standardisedData()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Data definitions are not common across the trust's "
                        + Words.plural(t.schoolCount(), "school", "schools") + ", so they cannot be compared",
                "operatingModel.intelligence.standardised"));
    }

    private static List<Breach> delegationOverlap(RuleContext t) {
        if (!t.delegationOverlap()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The scheme of delegation gives improvement leads and local governing bodies" + " the same decisions",
                SCHEME + ".overlap"));
    }

    /** Stale by age, or by the open schools that joined after the last review: governance must follow growth. */
    private static List<Breach> delegationStale(RuleContext t) {
        double months = t.threshold(DELEGATION_REVIEW_MONTHS);
        double growth = t.threshold(DELEGATION_GROWTH_SCHOOLS);
        LocalDate judged = t.governanceDate();
        LocalDate reviewed = t.delegationReviewed();
        if (reviewed == null) {
            return List.of(Breach.of(null, "The scheme of delegation has no recorded review", SCHEME + ".reviewed"));
        }
        List<School> since = t.trust().schools().stream()
                .filter(s -> s.joined() != null && s.joined().isAfter(reviewed))
                .toList();
        boolean old = reviewed.isBefore(judged.minusMonths((long) months));
        if (!old && since.size() < growth) {
            return List.of();
        }
        String why = old
                ? "was last reviewed on " + reviewed + ", more than " + Words.number(months) + " months before "
                        + judged
                : "was last reviewed on " + reviewed + ", and "
                        + Words.plural(since.size(), "school has", "schools have")
                        + " joined since ("
                        + Words.and(since.stream().map(School::name).toList()) + "; threshold "
                        + Words.number(growth) + ")";
        return List.of(Breach.of(null, "The scheme of delegation " + why, SCHEME + ".reviewed"));
    }

    private static List<Breach> noBoardReview(RuleContext t) {
        if (t.improvementReview() != ReviewFrequency.NONE) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The board of " + t.trust().profile().name() + " has no regular review of the school improvement model",
                "operatingModel.governance.improvementReview"));
    }

    private static List<Breach> outcomeWithoutIntelligence(RuleContext t) {
        Set<IntelligenceSource> held = t.intelligenceSources();
        List<Outcome> outcomes = t.trust().vision().outcomes();
        List<Breach> found = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            Set<IntelligenceSource> needed = MEASURED_BY.get(outcome.area());
            if (needed == null || needed.stream().anyMatch(held::contains)) {
                continue;
            }
            found.add(Breach.of(
                    outcome.id(),
                    "The " + outcome.area().label() + " outcome " + outcome.id()
                            + " has no intelligence source that measures it; the sources that would are "
                            + String.join(
                                    ", ",
                                    needed.stream()
                                            .map(IntelligenceSource::label)
                                            .toList()),
                    "vision.outcomes[" + i + "].area",
                    "operatingModel.intelligence.sources"));
        }
        return found;
    }

    private static List<Breach> lowDevelopmentInvestment(RuleContext t) {
        double least = t.threshold(RESEARCH_PERCENT);
        Double share = t.researchPercent();
        if (share != null && share >= least) {
            return List.of();
        }
        String what = share == null
                ? "The share of revenue invested in research, development and training is not recorded"
                : "The trust invests " + Words.number(share) + "% of revenue in research, development and training,"
                        + " below " + Words.number(least) + "%";
        return List.of(Breach.of(null, what, "operatingModel.investment.researchPercent"));
    }
}
