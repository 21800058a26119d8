package org.matreport.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.matreport.model.Profile;
import org.matreport.model.School;
import org.matreport.model.Trust;

/** The cover: who the pack is for, the year it plans for and the meeting it goes to. */
public record CoverView(String trustName, String subtitle, List<Row> facts) {

    static CoverView of(Trust trust, Long sourceDateEpoch) {
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
        if (sourceDateEpoch != null) {
            // Only a date the caller gave is printed: the clock would make two runs of the same input differ.
            LocalDate made = Instant.ofEpochSecond(sourceDateEpoch)
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate();
            facts.add(new Row("Source dated", Words.date(made)));
        }
        return new CoverView(profile.name(), "Strategy pack for " + profile.period(), List.copyOf(facts));
    }

    static long pupils(List<School> schools) {
        return schools.stream()
                .map(School::pupils)
                .filter(p -> p != null)
                .mapToLong(Integer::longValue)
                .sum();
    }
}
