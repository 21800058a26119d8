package org.matreport.model;

/**
 * A link of the coherence chain as trust staff name it when they say who owns the board's decisions there
 * ({@code board.owners}): the word they type is the label.
 */
public enum ChainLink implements Labelled {
    VISION("vision"),
    STRATEGY("strategy"),
    ALIGNMENT("alignment"),
    OPERATING_MODEL("operatingModel"),
    GROWTH("growth"),
    INTELLIGENCE("intelligence");

    private final String label;

    ChainLink(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
