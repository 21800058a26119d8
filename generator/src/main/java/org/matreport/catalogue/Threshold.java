package org.matreport.catalogue;

import static org.matreport.catalogue.Sources.CEO_ROLE;
import static org.matreport.catalogue.Sources.WHITE_PAPER;

import java.util.Arrays;
import java.util.Optional;

/**
 * A number a rule compares against, declared once with the catalogue's default, what it means, and where the default
 * comes from; trusts may override it by its key in {@code settings.thresholds}. A rule names the thresholds it reads by
 * these constants, so a rule cannot read a threshold that does not exist. The order is the catalogue's.
 */
public enum Threshold {
    OVERSIGHT_SCHOOLS(
            "oversightSchools",
            10,
            "schools at which the executive needs an education lead",
            Basis.SECTOR,
            WHITE_PAPER + ", its expectation of trust size; not a finding of the research"),
    OVERSIGHT_PUPILS(
            "oversightPupils",
            7500,
            "pupils at which the executive needs an education lead",
            Basis.SECTOR,
            WHITE_PAPER + ", its expectation of trust size; not a finding of the research"),
    BOARD_REPRESENTATION_SCHOOLS(
            "boardRepresentationSchools",
            6,
            "schools at which a board seat for every school stops working",
            Basis.PROJECT_DEFAULT,
            ""),
    COMMUNICATIONS_SCHOOLS(
            "communicationsSchools",
            10,
            "schools at which staff can no longer meet as one group",
            Basis.PROJECT_DEFAULT,
            ""),
    CEO_DELIVERY_SCHOOLS(
            "ceoDeliverySchools",
            3,
            "schools beyond which a chief executive who delivers improvement is stretched",
            Basis.SEED,
            CEO_ROLE + ", growing \"beyond two or three schools\": a practitioner's view"),
    CLUSTER_REGIONS(
            "clusterRegions",
            2,
            "regions at which collaboration needs local groups",
            Basis.PROJECT_DEFAULT,
            "England's nine regions stand in for distance"),
    REGIONAL_SERVICES_REGIONS(
            "regionalServicesRegions",
            3,
            "regions at which central services may need to regionalise",
            Basis.PROJECT_DEFAULT,
            "England's nine regions stand in for distance"),
    GROUP_SIZE("groupSize", 6, "schools a hub or cluster can hold while meeting often", Basis.PROJECT_DEFAULT, ""),
    INTELLIGENCE_SOURCES(
            "intelligenceSources",
            4,
            "sources of intelligence the trust should triangulate",
            Basis.PROJECT_DEFAULT,
            ""),
    DELEGATION_REVIEW_MONTHS(
            "delegationReviewMonths",
            12,
            "months within which the scheme of delegation should be reviewed",
            Basis.PROJECT_DEFAULT,
            ""),
    DELEGATION_GROWTH_SCHOOLS(
            "delegationGrowthSchools",
            3,
            "schools joining after the last review of the scheme of delegation that call for another",
            Basis.PROJECT_DEFAULT,
            ""),
    RESEARCH_PERCENT(
            "researchPercent",
            5,
            "percent of revenue invested in research, development and training",
            Basis.SEED,
            CEO_ROLE + ", quoting the Global Innovation 1000, a benchmark of companies' research spending, not"
                    + " of trusts"),
    POLICY_HORIZON_MONTHS(
            "policyHorizonMonths",
            18,
            "months ahead of the board meeting within which a policy change should be assessed",
            Basis.PROJECT_DEFAULT,
            ""),
    /** Read by the pack's resolutions rather than by a rule: when the board should decide on a break point ahead. */
    LEAD_TIME_MONTHS(
            "leadTimeMonths",
            6,
            "months before a break point ahead by which the board should have decided what to do about it",
            Basis.PROJECT_DEFAULT,
            "");

    private final String key;
    private final double defaultValue;
    private final String meaning;
    private final Basis basis;
    private final String grounds;

    Threshold(String key, double defaultValue, String meaning, Basis basis, String grounds) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
        this.basis = basis;
        this.grounds = grounds;
    }

    /** The threshold a trust names in {@code settings.thresholds}, if there is one by that key. */
    public static Optional<Threshold> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** The name trusts write in {@code settings.thresholds} and every output prints: {@code oversightSchools}. */
    public String key() {
        return key;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    public Basis basis() {
        return basis;
    }

    /** Which source the default rests on and what it was for; empty for the project's own defaults without one. */
    public String grounds() {
        return grounds;
    }

    /** The basis as printed: {@code project default}, or {@code seed: Forum Education, ...}. */
    public String basisText() {
        return grounds == null || grounds.isBlank() ? basis.label() : basis.label() + ": " + grounds;
    }
}
