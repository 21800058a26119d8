package org.matreport.model;

import java.util.List;

/** The change the trust wants to see in the world (vision) and how it will bring it about (mission). */
public record Vision(
        @Required @Doc("The change the trust wants to see in the world." + Doc.PROSE)
        String statement,

        @Doc("How the trust will bring that change about." + Doc.PROSE)
        String mission,

        @Doc("The values the trust's schools share." + Doc.PROSE)
        List<String> values,

        @Doc("The standards and outcomes the vision commits to.")
        List<Outcome> outcomes) {

    public Vision {
        values = List.copyOf(values);
        outcomes = List.copyOf(outcomes);
    }
}
