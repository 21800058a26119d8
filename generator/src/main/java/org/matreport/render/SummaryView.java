package org.matreport.render;

import java.util.Comparator;
import java.util.List;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.text.Words;

/**
 * The page for trustees: the coherence chain with a status on each link, the counts, the three findings that matter
 * most with what to do about each, and the break points ahead on the growth plan.
 */
public record SummaryView(
        Status overall,
        String overallText,
        String verdict,
        List<ChainLinkView> chain,
        String counts,
        List<FindingView> topThree,
        List<AheadRow> ahead) {

    /** A break point forecast on the growth plan. */
    public record AheadRow(String date, String rule, String message, String joining) {}

    /**
     * What matters most: errors before warnings before information, what holds now before what is forecast, then
     * the chain's own order, because a break early in the chain undermines every link after it.
     */
    static final Comparator<Finding> IMPORTANCE = Comparator.comparing(Finding::severity)
            .thenComparing(f -> !f.when().isNow())
            .thenComparing(Finding.ORDER);

    static SummaryView of(CheckResult result) {
        List<ChainLinkView> chain = ChainLinkView.of(result);
        Status overall = overall(chain);
        String counts = Words.plural(result.count(Severity.ERROR), "error", "errors") + ", "
                + Words.plural(result.count(Severity.WARNING), "warning", "warnings") + " and "
                + Words.plural(result.count(Severity.INFO), "piece of information", "pieces of information")
                + " count against the strategy; the board has acknowledged "
                + Words.number(result.acknowledgedCount()) + " more.";
        List<AheadRow> ahead = result.ahead().stream()
                .filter(Finding::counts)
                .map(f -> new AheadRow(
                        Words.date(f.when().date()),
                        f.ruleId(),
                        FindingView.of(f).message(),
                        f.when().joining().isEmpty()
                                ? Words.NOT_STATED
                                : String.join(", ", f.when().joining())))
                .toList();
        return new SummaryView(overall, overall.text(), verdict(overall), chain, counts, topThree(result), ahead);
    }

    /** The pack's status is that of its weakest link. */
    static Status overall(List<ChainLinkView> chain) {
        return chain.stream().map(ChainLinkView::status).reduce(Status.GREEN, Status::worse);
    }

    static List<FindingView> topThree(CheckResult result) {
        return result.findings().stream()
                .filter(Finding::counts)
                .sorted(IMPORTANCE)
                .limit(3)
                .map(FindingView::of)
                .toList();
    }

    private static String verdict(Status overall) {
        return switch (overall) {
            case GREEN -> "The strategy holds together: no link of the chain has an error or a warning to act on.";
            case AMBER ->
                "The strategy holds together today, but at least one link has a warning or a break point ahead that"
                        + " the board should act on.";
            case RED -> "At least one link of the chain contradicts another today; the board should act now.";
        };
    }
}
