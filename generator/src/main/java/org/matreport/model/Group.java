package org.matreport.model;

/** A hub or cluster of schools. */
public record Group(
        @Required
        @Pattern(value = "[a-z0-9]+(-[a-z0-9]+)*", hint = "kebab-case, such as north")
        @Doc("A short unique name that schools refer to.")
        String id,

        @Required @Doc("The group's name as the pack prints it.")
        String name,

        @Required @Doc("hub or cluster.") GroupKind kind,
        @Doc("The URN of the lead school.") Urn lead) {}
