package org.matreport.model;

import java.time.LocalDate;
import java.util.List;

/** A school expected to join the trust. */
public record GrowthSchool(
        @Required @Doc("The school's name.") String name,
        @Doc("The school's URN, when it has one.") Urn urn,

        @Required @Doc("When the school is expected to join (YYYY-MM-DD).")
        LocalDate expected,

        @Doc("The phase of education.") Phase phase,
        @Doc("One of England's nine regions.") Region region,
        @Doc("The local authority the school is in.") String localAuthority,
        @Range(min = 0, max = 10000) @Doc("Pupils on roll.") Integer pupils,

        @Doc("The id of the hub or cluster the school will join.")
        String group,

        @Doc("The trust's reading of the school: high, secure, improving or concern.")
        Performance performance,

        @Doc("What the reading rests on: any of ofsted, outcomes, finances, review.")
        List<PerformanceBasis> performanceBasis) {

    public GrowthSchool {
        performanceBasis = List.copyOf(performanceBasis);
    }
}
