package org.matreport.model;

/** The trust's policy for a school that joins after the common way of working was agreed. */
public record NewSchools(
        @Doc("induct, reopen, keep-own or impose.") NewSchoolPolicy policy,

        @Doc("How the policy works in practice." + Doc.PROSE)
        String notes) {}
