package org.matreport.model;

/** What the trust invests in its own development. */
public record Investment(
        @Range(min = 0, max = 100)
        @Doc("The share of revenue, in percent, spent on research, development and staff training.")
        Double researchPercent) {}
