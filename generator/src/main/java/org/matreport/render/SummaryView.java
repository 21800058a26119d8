package org.matreport.render;

import java.util.Comparator;
import java.util.List;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.text.Words;

/**
 * The page for trustees: the coherence chain with a status on each link, the counts, the three findings that matter
 * most with what to do about each (one per rule, naming its schools), and the break points ahead on the growth plan.
 */
public record SummaryView(
        Status overall,
        String overallText,
        String verdict,
        List<ChainLinkView> chain,
        String counts,
        List<FindingView> topThree,
        List<AheadRow> ahead) {

    /** The links with findings of their own, for the table beside the chart; the others are said in one sentence. */
    public List<ChainLinkView> noted() {
        return chain.stream().filter(ChainLinkView::hasFindings).toList();
    }

    /**
     * The links without findings in one sentence, each by its name as the chart prints it, {@code Vision and Vision to
     * strategy are green, with no findings.}, or an empty string when every link has some.
     */
    public String quiet() {
        List<ChainLinkView> quiet = chain.stream().filter(l -> !l.hasFindings()).toList();
        if (quiet.isEmpty()) {
            return "";
        }
        if (quiet.size() == chain.size()) {
            return "Every link is green, with no findings.";
        }
        return Words.and(quiet.stream().map(ChainLinkView::name).toList()) + (quiet.size() == 1 ? " is" : " are")
                + " green, with no findings.";
    }

    /** A break point forecast on the growth plan. */
    public record AheadRow(String date, String name, String message, String joining) {}

    /**
     * What matters most: errors before warnings before information, what holds now before what is forecast, then
     * the chain's own order, because a break early in the chain undermines every link after it.
     */
    static final Comparator<FindingGroup> IMPORTANCE = Comparator.comparing(FindingGroup::severity)
            .thenComparing(g -> !g.holdsNow())
            .thenComparing(FindingGroup::first, Finding.ORDER);

    static SummaryView of(Reading reading) {
        CheckResult result = reading.result();
        List<ChainLinkView> chain = ChainLinkView.of(result);
        Status overall = overall(chain);
        List<FindingGroup> shown = reading.forTheBoard();
        long accepted = shown.stream().filter(g -> !g.counts()).count();
        String counts = Words.capitalised(SeverityWords.counted(count(shown, Severity.ERROR), Severity.ERROR) + ", "
                + SeverityWords.counted(count(shown, Severity.WARNING), Severity.WARNING) + " and "
                + SeverityWords.counted(count(shown, Severity.INFO), Severity.INFO)
                + " count against the strategy"
                + (accepted == 0 ? "." : "; the board has accepted " + Words.number(accepted) + " more."));
        List<AheadRow> ahead = reading.forTheBoard().stream()
                .filter(g -> g.counts() && !g.holdsNow())
                .sorted(java.util.Comparator.comparing(FindingGroup::firstDateAhead))
                .map(g -> {
                    FindingView view = reading.view(g);
                    return new AheadRow(
                            Words.date(g.firstDateAhead()),
                            view.name(),
                            view.brief(),
                            g.joining(reading.subjects()).isEmpty()
                                    ? Words.NOT_STATED
                                    : Words.and(g.joining(reading.subjects())));
                })
                .toList();
        return new SummaryView(overall, overall.text(), verdict(overall), chain, counts, topThree(reading), ahead);
    }

    private static long count(List<FindingGroup> groups, Severity severity) {
        return groups.stream()
                .filter(g -> g.counts() && g.severity() == severity)
                .count();
    }

    /** The pack's status is that of its weakest link. */
    static Status overall(List<ChainLinkView> chain) {
        return chain.stream().map(ChainLinkView::status).reduce(Status.GREEN, Status::worse);
    }

    static List<FindingView> topThree(Reading reading) {
        return reading.forTheBoard().stream()
                .filter(FindingGroup::counts)
                .sorted(IMPORTANCE)
                .limit(3)
                .map(reading::view)
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
