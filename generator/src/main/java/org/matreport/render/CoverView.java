package org.matreport.render;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.matreport.model.Profile;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.text.Words;

/**
 * The cover: who the pack is for, the year it plans for, the meeting it goes to, the overall status in a word, and
 * which version of the trust's files it was made from and when.
 */
public record CoverView(String trustName, String subtitle, Status status, String statusText, List<Row> facts) {

    /**
     * @param making how the pack was made: its source version, and the instant it is dated (never the clock, so that
     *     two runs of the same files agree)
     */
    static CoverView of(Trust trust, Status status, PackView.Making making) {
        Profile profile = trust.profile();
        List<Row> facts = new ArrayList<>();
        facts.add(new Row("Academic year", profile.period().toString()));
        if (profile.boardMeeting() != null) {
            facts.add(new Row("Board meeting", Words.date(profile.boardMeeting())));
        }
        if (profile.companyNumber() != null) {
            facts.add(new Row("Company number", profile.companyNumber()));
        }
        facts.add(new Row("Schools", Words.number(trust.schools().size())));
        facts.add(new Row("Pupils", Words.number(pupils(trust.schools()))));
        facts.add(
                new Row("Schools expected to join", Words.number(trust.growth().size())));
        facts.add(new Row("Source version", making.sourceText()));
        facts.add(new Row(
                "Generated", Words.date(making.made().atZone(ZoneOffset.UTC).toLocalDate())));
        return new CoverView(
                profile.name(), "Strategy pack for " + profile.period(), status, status.text(), List.copyOf(facts));
    }

    static long pupils(List<School> schools) {
        return schools.stream()
                .map(School::pupils)
                .filter(p -> p != null)
                .mapToLong(Integer::longValue)
                .sum();
    }
}
