package org.matreport.model;

import java.util.List;

/** Where the trust's picture of its schools comes from, and whether it can be compared across schools. */
public record Intelligence(
        @Doc("The sources the trust draws on.") List<IntelligenceSource> sources,

        @Doc("Whether data definitions are common across schools, so that schools can be compared.")
        Boolean standardised) {

    public Intelligence {
        sources = List.copyOf(sources);
    }
}
