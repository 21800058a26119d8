package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import org.matreport.model.Profile;
import org.matreport.model.School;
import org.matreport.model.Severity;
import org.matreport.model.Trust;
import org.matreport.text.Words;

/**
 * The cover sheet of the board paper: whose paper it is and for which meeting, whether it is for decision or for
 * information, the overall status in colour and in words, and the decisions the board is asked to take. How the pack
 * was made (source version, generator) is at the back, for the strategy team.
 */
public record CoverView(
        String trustName,
        String subtitle,
        String purpose,
        String purposeText,
        Status status,
        String statusText,
        String verdict,
        List<Resolution> resolutions,
        List<Row> facts) {

    static CoverView of(Trust trust, SummaryView summary, Reading reading) {
        Profile profile = trust.profile();
        List<Resolution> resolutions = Resolution.of(reading);
        boolean forDecision =
                reading.result().findings().stream().anyMatch(f -> f.counts() && f.severity() != Severity.INFO);
        String purpose = forDecision || !resolutions.isEmpty() ? "For decision" : "For information";
        String purposeText = resolutions.isEmpty()
                ? "The board is asked to note this paper: nothing in it calls for a decision."
                : "The board is asked to take "
                        + (resolutions.size() == 1
                                ? "the decision"
                                : "the " + Words.number(resolutions.size()) + " decisions")
                        + " below. " + (resolutions.size() == 1 ? "It is" : "Each is") + " explained under Findings.";
        List<Row> facts = new ArrayList<>();
        facts.add(new Row(
                "The trust",
                Words.plural(trust.schools().size(), "school", "schools") + " with "
                        + Words.plural(pupils(trust.schools()), "pupil", "pupils")
                        + (trust.growth().isEmpty()
                                ? ""
                                : "; " + Words.plural(trust.growth().size(), "school", "schools")
                                        + " expected to join")));
        String subtitle = "Strategy pack for " + profile.period()
                + (profile.boardMeeting() == null
                        ? ""
                        : ", for the board meeting of " + Words.date(profile.boardMeeting()));
        return new CoverView(
                profile.name(),
                subtitle,
                purpose,
                purposeText,
                summary.overall(),
                summary.overallText(),
                summary.verdict(),
                resolutions,
                List.copyOf(facts));
    }

    static long pupils(List<School> schools) {
        return schools.stream()
                .map(School::pupils)
                .filter(p -> p != null)
                .mapToLong(Integer::longValue)
                .sum();
    }
}
