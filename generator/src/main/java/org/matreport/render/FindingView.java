package org.matreport.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.Finding;
import org.matreport.text.NaturalOrder;
import org.matreport.text.Words;

/**
 * One finding as a trustee reads it: a rule's findings for several schools or areas are one finding that names them
 * all. What was found, when, why it matters, what to do, on what authority and the board's position are in plain
 * words; the rule's id and the places in the files are kept apart for the appendix.
 */
public record FindingView(
        String rule,
        String name,
        String severity,
        String message,
        List<String> locations,
        String when,
        String rationale,
        String action,
        String source,
        String mark,
        String reason,
        String subjects,
        String brief) {

    static FindingView of(FindingGroup group, Reading reading) {
        Finding first = group.first();
        List<String> locations = group.findings().stream()
                .flatMap(f -> f.places().stream())
                .map(p -> p.location() + (p.path().isEmpty() ? "" : " (" + p.path() + ")"))
                .distinct()
                .toList();
        return new FindingView(
                group.ruleId(),
                Words.ruleName(group.rule().name()),
                SeverityWords.word(group.severity()),
                message(group, reading.subjects()),
                locations,
                when(group),
                group.rule().rationale(),
                Upkeep.advice(first, reading.trust()),
                group.rule().source(),
                mark(first),
                first.acknowledgement() == null
                        ? ""
                        : Words.orNotStated(first.acknowledgement().reason()),
                subjects(group, reading.subjects()),
                brief(group, reading.subjects()));
    }

    /**
     * The first finding's own sentence; for a rule that holds for several schools or areas, the others follow by name
     * ("The same holds for ..."), each with its date when it is only ahead.
     */
    static String message(FindingGroup group, Subjects subjects) {
        String first = sentence(group.first().message());
        if (group.findings().size() == 1) {
            return first;
        }
        List<String> others = new ArrayList<>();
        List<Finding> rest =
                new ArrayList<>(group.findings().subList(1, group.findings().size()));
        rest.sort(java.util.Comparator.comparing((Finding f) ->
                        f.when().isNow() ? java.time.LocalDate.MIN : f.when().date())
                .thenComparing(f -> String.valueOf(subjects.name(f.subject())), NaturalOrder.INSTANCE));
        for (Finding f : rest) {
            String name = subjects.name(f.subject());
            if (name == null) {
                others.add(sentence(f.message()));
                continue;
            }
            others.add(name
                    + (f.when().isNow() ? "" : " (from " + Words.date(f.when().date()) + ")"));
        }
        boolean allNamed = group.findings().stream().allMatch(f -> f.subject() != null);
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        boolean saidAlready = allNamed
                && rest.stream()
                        .allMatch(f -> f.when().isNow()
                                && lower.contains(subjects.name(f.subject()).toLowerCase(java.util.Locale.ROOT)));
        if (saidAlready) {
            return first;
        }
        return allNamed
                ? first + " The same holds for " + Words.and(others) + "."
                : first + " " + String.join(" ", others);
    }

    /**
     * The message for a summary or a table: the first finding's sentence, and for more than three others only how
     * many more there are, since the findings section names them all.
     */
    static String brief(FindingGroup group, Subjects subjects) {
        int others = group.findings().size() - 1;
        if (others <= 3) {
            return message(group, subjects);
        }
        boolean schools = group.findings().stream().allMatch(f -> subjects.isSchool(f.subject()));
        return sentence(group.first().message()) + " The same holds for "
                + Words.plural(others, schools ? "more school" : "more case", schools ? "more schools" : "more cases")
                + ", named under Findings.";
    }

    /** The schools or areas a group concerns, in words, or an empty string for a finding about the whole trust. */
    static String subjects(FindingGroup group, Subjects subjects) {
        List<String> names = group.findings().stream()
                .map(f -> subjects.name(f.subject()))
                .filter(n -> n != null)
                .distinct()
                .sorted(NaturalOrder.INSTANCE)
                .toList();
        return Words.and(names);
    }

    /** {@code now}, {@code from 1 September 2028}, or {@code now, and from ... for schools joining} for a mix. */
    static String when(FindingGroup group) {
        LocalDate ahead = group.firstDateAhead();
        if (ahead == null) {
            return "now";
        }
        return group.holdsNow()
                ? "now, and from " + Words.date(ahead) + " as schools join"
                : "from " + Words.date(ahead);
    }

    /** The board's position when it has taken one; an empty string when the finding is simply open. */
    static String mark(Finding f) {
        if (f.status() == AcknowledgementStatus.NONE) {
            return "";
        }
        String by = f.acknowledgement().owner();
        String until = Words.date(f.acknowledgement().until());
        return f.status() == AcknowledgementStatus.EXPIRED
                ? "accepted by " + by + " until " + until + "; that acceptance has lapsed, so the finding counts again."
                : "accepted by " + by + " until " + until + ", so it does not count against the strategy.";
    }

    /** Messages are written without a full stop so that tools can append to them; the pack prints sentences. */
    static String sentence(String message) {
        String m = message.strip();
        return m.endsWith(".") ? m : m + ".";
    }
}
