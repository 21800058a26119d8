package org.matreport.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.Threshold;
import org.matreport.model.Board;
import org.matreport.model.ChainLink;
import org.matreport.model.Severity;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.text.Words;

/**
 * A decision the board is asked to take, as a board paper words it: a verb phrase, the role that owns it, and the date
 * by which it should be taken. Findings that hold now are for this meeting; a break point ahead is to be decided
 * {@code leadTimeMonths} before its date, so that there is time to act on the decision.
 */
public record Resolution(String number, String text, String owner, String decideBy) {

    /** What the cover says when no meeting date is recorded. */
    static final String NEXT_MEETING = "the next board meeting";

    /** The board's decisions, most important first: open warnings and errors, then lapsed acceptances. */
    static List<Resolution> of(Reading reading) {
        List<FindingGroup> open = reading.forTheBoard().stream()
                .filter(g -> g.status() == AcknowledgementStatus.NONE && g.severity() != Severity.INFO)
                .sorted(SummaryView.IMPORTANCE)
                .toList();
        List<FindingGroup> lapsed = reading.groups().stream()
                .filter(g -> g.status() == AcknowledgementStatus.EXPIRED)
                .sorted(SummaryView.IMPORTANCE)
                .toList();
        List<Resolution> resolutions = new ArrayList<>();
        for (FindingGroup g : open) {
            String subjects = shortList(g, reading);
            resolutions.add(new Resolution(
                    Words.number(resolutions.size() + 1),
                    phrase(Upkeep.advice(g.first(), reading.trust()))
                            + (subjects.isEmpty() ? "" : " (" + subjects + ")"),
                    owner(reading, g.rule().link()),
                    decideBy(reading, g.from())));
        }
        for (FindingGroup g : lapsed) {
            String subjects = shortList(g, reading);
            resolutions.add(new Resolution(
                    Words.number(resolutions.size() + 1),
                    "Renew the board's acceptance of the finding \""
                            + Words.ruleName(g.rule().name()) + "\""
                            + (subjects.isEmpty() ? "" : " (" + subjects + ")") + ", or act on it: the acceptance"
                            + " lapsed on "
                            + Words.date(g.first().acknowledgement().until()),
                    g.first().acknowledgement().owner(),
                    decideBy(reading, null)));
        }
        return List.copyOf(resolutions);
    }

    /** The role that owns decisions on a link of the chain: the trust's {@code board.owners}, else the chief executive. */
    static String owner(Reading reading, Link link) {
        Board board = reading.trust().board();
        return board == null ? Board.DEFAULT_OWNER : board.owner(chainLink(link));
    }

    /**
     * This meeting for what holds now; for a break point ahead, its date less the lead time, or this meeting when that
     * date has already come.
     */
    static String decideBy(Reading reading, LocalDate from) {
        LocalDate meeting = reading.trust().profile().boardMeeting();
        String thisMeeting = meeting == null ? NEXT_MEETING : Words.date(meeting);
        if (from == null) {
            return thisMeeting;
        }
        double months = reading.result()
                .thresholds()
                .getOrDefault(Threshold.LEAD_TIME_MONTHS, Threshold.LEAD_TIME_MONTHS.defaultValue());
        LocalDate by = from.minusMonths(Math.round(months));
        LocalDate earliest = meeting != null ? meeting : reading.result().referenceDate();
        return by.isAfter(earliest) ? Words.date(by) : thisMeeting;
    }

    /**
     * Up to three schools or areas by name; more are counted, and named under Findings. Nothing when the action
     * already names them all ("Set a target for assessment and teacher development").
     */
    static String shortList(FindingGroup g, Reading reading) {
        String action = Upkeep.advice(g.first(), reading.trust()).toLowerCase(java.util.Locale.ROOT);
        boolean named = g.findings().stream()
                .map(f -> reading.subjects().name(f.subject()))
                .allMatch(n -> n != null && action.contains(n.toLowerCase(java.util.Locale.ROOT)));
        if (named) {
            return "";
        }
        return counted(g, reading);
    }

    private static String counted(FindingGroup g, Reading reading) {
        long named = g.findings().stream()
                .map(f -> f.subject())
                .filter(s -> s != null)
                .distinct()
                .count();
        if (named <= 3) {
            return FindingView.subjects(g, reading.subjects());
        }
        boolean schools = g.findings().stream().allMatch(f -> reading.subjects().isSchool(f.subject()));
        return Words.plural(named, schools ? "school" : "case", schools ? "schools" : "cases")
                + ", named under Findings";
    }

    /** The action as a resolution's verb phrase: its first sentence, without the full stop. */
    static String phrase(String action) {
        String text = action.strip();
        int end = text.indexOf(". ");
        text = end > 0 ? text.substring(0, end) : text;
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static ChainLink chainLink(Link link) {
        return switch (link) {
            case VISION -> ChainLink.VISION;
            case VISION_TO_STRATEGY -> ChainLink.STRATEGY;
            case STRATEGY_TO_ALIGNMENT -> ChainLink.ALIGNMENT;
            case ALIGNMENT_TO_OPERATING_MODEL -> ChainLink.OPERATING_MODEL;
            case GROWTH -> ChainLink.GROWTH;
            case INTELLIGENCE -> ChainLink.INTELLIGENCE;
        };
    }
}
