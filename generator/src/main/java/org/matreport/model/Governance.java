package org.matreport.model;

import java.util.List;

/** The trust board, its skills, and how it holds the improvement model to account. */
public record Governance(
        @Range(min = 0, max = 100) @Doc("How many trustees sit on the board.")
        Integer trustees,

        @Doc("Whether every local governing body is represented on the board: all, some or none.")
        BoardRepresentation localGovernorsOnBoard,

        @Doc("The professional expertise on the board.") List<BoardSkill> skills,

        @Doc("Who decides what, and when it was last reviewed.")
        SchemeOfDelegation schemeOfDelegation,

        @Doc("How often the board holds the improvement model to account.")
        ReviewFrequency improvementReview) {

    public Governance {
        skills = List.copyOf(skills);
    }
}
