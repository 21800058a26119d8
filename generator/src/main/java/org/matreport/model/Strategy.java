package org.matreport.model;

/** The trust's school-improvement strategy: its cluster on the autonomy to alignment spectrum. */
public record Strategy(
        @Required
        @Doc("autonomy (the research's Cluster 1), alignment (its Cluster 2) or mixed: this project's own"
                + " category for a trust that holds some areas in common and leaves others to schools, not a"
                + " cluster the research found.")
        Cluster cluster,

        @Doc("Why the trust holds this position; required when the cluster is mixed." + Doc.PROSE)
        String rationale) {}
