package org.matreport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A change in national policy the board expects (a new inspection framework, a funding reform): a break point that
 * comes from outside the trust, recorded so that the board can say who assesses it and when.
 */
public record PolicyChange(
        @Required
        @Pattern(value = "[a-z0-9]+(-[a-z0-9]+)*", hint = "kebab-case, such as inspection-framework-2027")
        @Doc("A short unique name in kebab-case, such as inspection-framework-2027.")
        String id,

        @Required @Doc("The change in plain words, such as: New school inspection framework.")
        String title,

        @Required @Doc("When the change takes effect (YYYY-MM-DD).")
        LocalDate effective,

        @Doc("The alignment areas it touches: curriculum, pedagogy, assessment, teacherDevelopment,"
                + " leadershipDevelopment, backOffice, informationManagement or identity.")
        List<Area> areas,

        @Doc("When the trust last assessed what the change means for it (YYYY-MM-DD); missing means not yet.")
        LocalDate assessed,

        @Doc("The role that answers for assessing the change, such as Director of Education.")
        String owner,

        @Doc("What the trust knows or plans about the change." + Doc.PROSE)
        String note) {

    public PolicyChange {
        areas = List.copyOf(areas);
    }
}
