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
public record GrowthView(String summary, List<JoiningRow> pipeline, List<PolicyRow> policy) {

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
        return new GrowthView(summary(trust, sorted), rows, policy(trust));
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
        String when = pipeline.size() == 1
                ? "on " + Words.date(pipeline.get(0).expected())
                : "between " + Words.date(pipeline.get(0).expected()) + " and "
                        + Words.date(pipeline.get(pipeline.size() - 1).expected());
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
