package org.matreport.model;

import java.time.LocalDate;
import java.util.List;

/** An open school in the trust. */
public record School(
        @Required @Doc("The school's six-digit unique reference number.")
        Urn urn,

        @Required @Doc("The school's name.") String name,
        @Doc("The phase of education.") Phase phase,
        @Doc("One of England's nine regions.") Region region,
        @Doc("The local authority the school is in.") String localAuthority,
        @Range(min = 0, max = 10000) @Doc("Pupils on roll.") Integer pupils,

        @Doc("When the school joined the trust (YYYY-MM-DD).")
        LocalDate joined,

        @Doc("The id of the hub or cluster the school belongs to.")
        String group,

        @Doc("The trust's own reading: high, secure, improving or concern.")
        Performance performance,

        @Doc("What the reading rests on: any of ofsted, outcomes, finances, review.")
        List<PerformanceBasis> performanceBasis,

        @Doc("Areas in which this school keeps its own approach.")
        List<Area> ownApproach) {

    public School {
        performanceBasis = List.copyOf(performanceBasis);
        ownApproach = List.copyOf(ownApproach);
    }
}
