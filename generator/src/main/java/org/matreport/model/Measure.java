package org.matreport.model;

/** A value of an outcome in an academic year. The value is kept as written, so that 61.0 stays 61.0. */
public record Measure(
        @Required @Doc("The value, in the outcome's unit.") String value,

        @Required @Doc("The academic year it belongs to, written YYYY/YY.")
        AcademicYear year) {}
