package org.matreport.model;

import java.time.LocalDate;

/** The scheme of delegation: who decides what between the board, executives and local governing bodies. */
public record SchemeOfDelegation(
        @Doc("When it was last reviewed (YYYY-MM-DD).") LocalDate reviewed,

        @Doc("Whether the trust may direct an underperforming school.")
        Boolean directedIntervention,

        @Doc("Whether improvement leads and local governing bodies own the same decisions.")
        Boolean overlap) {}
