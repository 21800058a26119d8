package org.matreport.model;

/** One area's target consistency, where the schools stand today, how the trust gets there, and on what evidence. */
public record AreaPlan(
        @Required @Doc("The consistency the trust ultimately wants: school-led, shared-principles or common.")
        TargetConsistency target,

        @Doc("Where the schools stand today: school-led, partly, shared-principles or common.")
        Consistency current,

        @Doc("central (central direction), collaborative (supported convergence) or none.")
        Approach approach,

        @Doc("What the case for change rests on: research, internal, both or none.")
        Evidence evidence) {}
