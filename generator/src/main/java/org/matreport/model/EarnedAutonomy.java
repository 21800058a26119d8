package org.matreport.model;

/** Whether schools can earn freedom from the common approach, and on what criteria. */
public record EarnedAutonomy(
        @Doc("Whether earned autonomy is in use.") Boolean enabled,

        @Doc("What a school must show to earn it; required when enabled." + Doc.PROSE)
        String criteria) {}
