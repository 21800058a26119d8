package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import org.matreport.catalogue.Link;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.text.Words;

/**
 * One link of the coherence chain (vision, vision to strategy, strategy to alignment, alignment to operating model,
 * then growth and intelligence) with the status its findings give it.
 *
 * <p>A link is red when a counted error holds now: the strategy contradicts itself today. It is amber when a counted
 * warning holds now, or when an error or warning is forecast on the growth plan: something to act on before it
 * arrives. Otherwise it is green. Information and acknowledged findings in date never change a link's colour: the
 * first are prompts, the second the board has already accepted.
 */
public record ChainLinkView(String name, String code, Status status, String statusText, String findings) {

    /** What {@link #findings} says of a link no finding touches. */
    static final String NONE = "none";

    /** Whether any finding, counted, forecast or accepted, stands on this link. */
    public boolean hasFindings() {
        return !findings.equals(NONE);
    }

    static List<ChainLinkView> of(CheckResult result) {
        List<ChainLinkView> links = new ArrayList<>();
        for (Link link : Link.values()) {
            List<Finding> on =
                    result.findings().stream().filter(f -> f.link() == link).toList();
            Status status = statusOf(on);
            links.add(new ChainLinkView(link.title(), link.code(), status, status.text(), describe(on)));
        }
        return List.copyOf(links);
    }

    /** The status the findings of one link give it; see the class comment. */
    static Status statusOf(List<Finding> findings) {
        Status status = Status.GREEN;
        for (Finding f : findings) {
            if (!f.counts() || f.severity() == Severity.INFO) {
                continue;
            }
            boolean now = f.when().isNow();
            Status reading = now && f.severity() == Severity.ERROR ? Status.RED : Status.AMBER;
            status = status.worse(reading);
        }
        return status;
    }

    /**
     * {@code 1 warning, 1 ahead} or {@code none}, counting findings as the pack prints them: one per rule, however
     * many schools it names.
     */
    private static String describe(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        List<FindingGroup> groups = FindingGroup.of(findings);
        for (Severity severity : Severity.values()) {
            long n = groups.stream()
                    .filter(FindingGroup::counts)
                    .filter(FindingGroup::holdsNow)
                    .filter(g -> g.severity() == severity)
                    .count();
            if (n > 0) {
                parts.add(SeverityWords.counted(n, severity));
            }
        }
        long ahead = groups.stream()
                .filter(FindingGroup::counts)
                .filter(g -> !g.holdsNow())
                .count();
        if (ahead > 0) {
            parts.add(Words.number(ahead) + " ahead");
        }
        long accepted = groups.stream().filter(g -> !g.counts()).count();
        if (accepted > 0) {
            parts.add(Words.number(accepted) + " accepted by the board");
        }
        return parts.isEmpty() ? NONE : String.join(", ", parts);
    }
}
