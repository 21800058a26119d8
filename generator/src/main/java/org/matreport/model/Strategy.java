package org.matreport.model;

/** The trust's school-improvement strategy: its cluster on the autonomy to alignment spectrum. */
public record Strategy(
        @Required @Doc("autonomy (Cluster 1), alignment (Cluster 2) or mixed (between the two).")
        Cluster cluster,

        @Doc("Why the trust holds this position; required when the cluster is mixed." + Doc.PROSE)
        String rationale) {}
