package org.matreport.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How the board works with the pack: who owns the decisions it is asked to take on each link of the chain. */
public record Board(
        @Doc("Who owns the board's decisions on each link of the chain, by link (vision, strategy, alignment,"
                + " operatingModel, growth, intelligence): a role such as \"Chief Executive\" or \"Chair\"."
                + " A link left out falls to the Chief Executive.")
        Map<ChainLink, String> owners) {

    /** The owner of decisions on a link nobody was named for. */
    public static final String DEFAULT_OWNER = "Chief Executive";

    public Board {
        owners = owners.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(owners));
    }

    /** The role that owns the board's decisions on {@code link}. */
    public String owner(ChainLink link) {
        String named = owners.get(link);
        return named == null || named.isBlank() ? DEFAULT_OWNER : named.strip();
    }
}
