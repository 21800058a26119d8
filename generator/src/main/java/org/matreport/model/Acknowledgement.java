package org.matreport.model;

import java.time.LocalDate;

/** A finding the board has knowingly accepted until a date. */
public record Acknowledgement(
        @Required @Doc("The id of the rule whose finding is accepted, such as BRK-503.")
        String rule,

        @Doc("Which school (URN), area or item, when the rule fires more than once.")
        String subject,

        @Required @Doc("Why the board accepts it." + Doc.PROSE)
        String reason,

        @Required @Doc("Who answers for it.") String owner,

        @Required @Doc("The last day it holds (YYYY-MM-DD); after it the finding counts again.")
        LocalDate until) {}
