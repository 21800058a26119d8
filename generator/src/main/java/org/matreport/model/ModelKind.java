package org.matreport.model;

/**
 * The ways of delivering school improvement the research names: hub model, centralised consultants, in-house central
 * expertise, cluster-based model, self-improving network. Consultants are advisers brought in from outside the trust
 * and paid per commission; central expertise is specialists the trust employs.
 */
public enum ModelKind implements Labelled {
    HUB,
    CONSULTANTS,
    CENTRAL_EXPERTISE,
    CLUSTERS,
    NETWORK
}
