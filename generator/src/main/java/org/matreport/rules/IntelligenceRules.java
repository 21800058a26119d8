package org.matreport.rules;

import static org.matreport.catalogue.Threshold.DELEGATION_GROWTH_SCHOOLS;
import static org.matreport.catalogue.Threshold.DELEGATION_REVIEW_MONTHS;
import static org.matreport.catalogue.Threshold.INTELLIGENCE_SOURCES;
import static org.matreport.catalogue.Threshold.RESEARCH_PERCENT;
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

    static void register(Map<String, Check> checks) {
        checks.put("INT-601", IntelligenceRules::narrowIntelligence);
        checks.put("INT-602", IntelligenceRules::dataNotStandardised);
        checks.put("INT-603", IntelligenceRules::delegationOverlap);
        checks.put("INT-604", IntelligenceRules::delegationStale);
        checks.put("INT-605", IntelligenceRules::noBoardReview);
        checks.put("INT-606", IntelligenceRules::lowDevelopmentInvestment);
        checks.put("INT-607", IntelligenceRules::outcomeWithoutIntelligence);
    }

    static List<Breach> narrowIntelligence(RuleContext t) {
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

    static List<Breach> dataNotStandardised(RuleContext t) {
        if (t.schoolCount() < 2 || t.standardisedData()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "Data definitions are not common across the trust's "
                        + Words.plural(t.schoolCount(), "school", "schools") + ", so they cannot be compared",
                "operatingModel.intelligence.standardised"));
    }

    static List<Breach> delegationOverlap(RuleContext t) {
        if (!t.delegationOverlap()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The scheme of delegation gives improvement leads and local governing bodies" + " the same decisions",
                SCHEME + ".overlap"));
    }

    /** Stale by age, or by the open schools that joined after the last review: governance must follow growth. */
    static List<Breach> delegationStale(RuleContext t) {
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

    static List<Breach> noBoardReview(RuleContext t) {
        if (t.improvementReview() != ReviewFrequency.NONE) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The board of " + t.trust().profile().name() + " has no regular review of the school improvement model",
                "operatingModel.governance.improvementReview"));
    }

    static List<Breach> outcomeWithoutIntelligence(RuleContext t) {
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

    static List<Breach> lowDevelopmentInvestment(RuleContext t) {
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
