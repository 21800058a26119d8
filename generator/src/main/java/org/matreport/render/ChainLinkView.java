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

    /** {@code 1 warning, 1 ahead} or {@code none}. */
    private static String describe(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream()
                    .filter(Finding::counts)
                    .filter(f -> f.when().isNow())
                    .filter(f -> f.severity() == severity)
                    .count();
            if (n > 0) {
                parts.add(Words.plural(n, severity.label(), severity.label() + "s"));
            }
        }
        long ahead = findings.stream()
                .filter(Finding::counts)
                .filter(f -> !f.when().isNow())
                .count();
        if (ahead > 0) {
            parts.add(Words.number(ahead) + " ahead");
        }
        long acknowledged = findings.stream().filter(f -> !f.counts()).count();
        if (acknowledged > 0) {
            parts.add(Words.number(acknowledged) + " acknowledged");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
