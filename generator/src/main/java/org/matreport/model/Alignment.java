package org.matreport.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How the trust aligns its schools, area by area; an area left out has not been decided. */
public record Alignment(
        @Doc("The areas the trust has decided on, each with its target, where it stands and the approach.")
        Map<Area, AreaPlan> areas,

        @Doc("What happens to the common way of working when a school joins.")
        NewSchools newSchools,

        @Doc("Whether high-performing schools may earn the right to step away from the common approach.")
        EarnedAutonomy earnedAutonomy) {

    public Alignment {
        areas = areas.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(areas));
    }
}
