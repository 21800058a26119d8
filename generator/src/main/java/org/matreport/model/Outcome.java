package org.matreport.model;

/** A standard or outcome the vision commits to, with where it stands and where it should be. */
public record Outcome(
        @Required
        @Pattern(value = "[a-z0-9]+(-[a-z0-9]+)*", hint = "kebab-case, such as ks2-reading")
        @Doc("A short unique name in kebab-case, such as ks2-reading.")
        String id,

        @Required @Doc("The part of the trust's work the outcome measures.")
        OutcomeArea area,

        @Required @Doc("What is measured, in plain words." + Doc.PROSE)
        String description,

        @Doc("How it is measured.") Unit unit,
        @Doc("Where the outcome stood, and in which year.") Measure baseline,

        @Doc("Where the trust wants it to be, and by which year.")
        Measure target) {}
