package org.matreport.catalogue;

/** The link in the coherence chain a rule tests: vision, strategy, alignment, operating model, growth, intelligence. */
public enum Link {
    VISION("V", "Vision"),
    VISION_TO_STRATEGY("V→S", "Vision to strategy"),
    STRATEGY_TO_ALIGNMENT("S→A", "Strategy to alignment"),
    ALIGNMENT_TO_OPERATING_MODEL("A→O", "Alignment to operating model"),
    GROWTH("G", "Growth and break points"),
    INTELLIGENCE("I", "Intelligence and accountability");

    private final String code;
    private final String title;

    Link(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
