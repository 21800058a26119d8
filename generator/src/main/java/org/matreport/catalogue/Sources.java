package org.matreport.catalogue;

/**
 * The documents the rules and thresholds rest on, named once so that every rule cites them in the same words: the two
 * pieces of research, and the white paper behind the oversight thresholds.
 */
public final class Sources {

    /** Building Trusts (Ambition School Leadership, 2018). */
    public static final String BUILDING_TRUSTS = "Building Trusts (Ambition School Leadership, 2018)";

    /** The role of academy trust CEO: improvement and organisational performance (Forum Education). */
    public static final String CEO_ROLE =
            "The role of academy trust CEO: improvement and organisational performance (Forum Education)";

    /** The 2022 schools white paper, the source of the oversight thresholds (not one of the two pieces of research). */
    public static final String WHITE_PAPER =
            "Department for Education, Opportunity for all (schools white paper, 2022)";

    private Sources() {}

    /** {@code document: point}, as a rule's source reads. */
    public static String cite(String document, String point) {
        return document + ": " + point;
    }
}
