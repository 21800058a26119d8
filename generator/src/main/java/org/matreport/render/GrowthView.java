package org.matreport.render;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.matreport.model.Group;
import org.matreport.model.GrowthSchool;
import org.matreport.model.PolicyChange;
import org.matreport.model.Trust;
import org.matreport.text.Words;

/**
 * The pipeline of schools expected to join, by expected date, with what the trust would look like afterwards; and the
 * policy register, the changes in national policy the board expects, on the same timeline.
 */
public record GrowthView(String summary, List<JoiningRow> pipeline, List<PolicyRow> policy, String policySummary) {

    /**
     * A change in national policy, every cell in words; {@code date} places it on the timeline, where a change
     * already in effect at the board meeting stands at now.
     */
    public record PolicyRow(
            String effective,
            String title,
            String areas,
            String owner,
            String assessed,
            String note,
            LocalDate date,
            boolean inEffect) {}

    /** One school expected to join, every cell in words. */
    public record JoiningRow(
            String expected,
            String name,
            String urn,
            String phase,
            String region,
            String pupils,
            String performance,
            String group) {}

    static GrowthView of(Trust trust) {
        List<GrowthSchool> sorted = trust.growth().stream()
                .sorted(Comparator.comparing(GrowthSchool::expected).thenComparing(GrowthSchool::name))
                .toList();
        List<JoiningRow> rows = sorted.stream().map(g -> row(g, trust)).toList();
        List<PolicyRow> policy = policy(trust);
        return new GrowthView(summary(trust, sorted), rows, policy, policySummary(policy));
    }

    /** Most changes named in the sentence; the register at the back names them all. */
    private static final int MOST_NAMED = 3;

    /**
     * The policy register in a sentence for the body of the pack: how many changes, which, and when they take effect.
     * The register itself, with owners and assessments, is for the strategy team at the back.
     */
    static String policySummary(List<PolicyRow> policy) {
        if (policy.isEmpty()) {
            return "";
        }
        List<String> titles = policy.stream().map(PolicyRow::title).toList();
        String which = titles.size() <= MOST_NAMED
                ? " (" + Words.and(titles) + ")"
                : ", among them " + Words.and(titles.subList(0, MOST_NAMED));
        long inEffect = policy.stream().filter(PolicyRow::inEffect).count();
        LocalDate first = policy.get(0).date();
        LocalDate last = policy.get(policy.size() - 1).date();
        String when = inEffect == policy.size()
                ? (policy.size() == 1 ? "already in effect" : "all already in effect")
                : "taking effect " + Words.dateRange(first, last);
        return "The trust expects " + Words.plural(policy.size(), "change", "changes") + " in national policy" + which
                + ", " + when + ".";
    }

    private static List<PolicyRow> policy(Trust trust) {
        LocalDate meeting = trust.profile().boardMeeting() != null
                ? trust.profile().boardMeeting()
                : trust.profile().period().firstDay();
        return trust.policy().stream()
                .sorted(Comparator.comparing(PolicyChange::effective).thenComparing(PolicyChange::id))
                .map(p -> new PolicyRow(
                        Words.date(p.effective()),
                        p.title(),
                        p.areas().isEmpty()
                                ? Words.NOT_STATED
                                : Words.and(p.areas().stream().map(Words::area).toList()),
                        Words.orNotStated(p.owner()),
                        p.assessed() == null ? "not yet" : Words.date(p.assessed()),
                        p.note() == null ? "" : p.note().strip(),
                        p.effective(),
                        !p.effective().isAfter(meeting)))
                .toList();
    }

    private static String summary(Trust trust, List<GrowthSchool> pipeline) {
        if (pipeline.isEmpty()) {
            return "No schools are expected to join.";
        }
        long joiningPupils = pipeline.stream()
                .map(GrowthSchool::pupils)
                .filter(p -> p != null)
                .mapToLong(Integer::longValue)
                .sum();
        int schools = trust.schools().size() + pipeline.size();
        long pupils = CoverView.pupils(trust.schools()) + joiningPupils;
        String when = Words.dateRange(
                pipeline.get(0).expected(), pipeline.get(pipeline.size() - 1).expected());
        return Words.plural(pipeline.size(), "school", "schools") + " with "
                + Words.plural(joiningPupils, "pupil", "pupils") + " " + (pipeline.size() == 1 ? "is" : "are")
                + " expected to join " + when + ". With them the trust would have "
                + Words.plural(schools, "school", "schools") + " and " + Words.plural(pupils, "pupil", "pupils")
                + ".";
    }

    private static JoiningRow row(GrowthSchool g, Trust trust) {
        String group = g.group() == null
                ? Words.NOT_DECIDED
                : trust.operatingModel().groups().stream()
                        .filter(x -> x.id().equals(g.group()))
                        .map(Group::name)
                        .findFirst()
                        .orElse(g.group());
        return new JoiningRow(
                Words.date(g.expected()),
                g.name(),
                g.urn() == null ? "none yet" : g.urn().toString(),
                Words.label(g.phase()),
                Words.label(g.region()),
                Words.number(g.pupils()),
                Words.label(g.performance()),
                group);
    }
}
