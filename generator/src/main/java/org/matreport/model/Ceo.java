package org.matreport.model;

/** The chief executive's part in school improvement. */
public record Ceo(
        @Doc("enables (sets priorities and conditions) or delivers (leads delivery in schools).")
        ImprovementRole improvementRole) {}
