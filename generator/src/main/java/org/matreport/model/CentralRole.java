package org.matreport.model;

/** A role in the trust's central team. */
public record CentralRole(
        @Required @Doc("The role's title.") String role,
        @Required @Doc("What the role mainly does.") Focus focus,

        @Range(min = 0, max = 100) @Doc("Full-time equivalent.")
        Double fte) {}
