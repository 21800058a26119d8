package org.matreport.model;

/** A source of intelligence the trust uses to see how its schools are doing. */
public enum IntelligenceSource implements Labelled {
    OUTCOMES,
    OFSTED,
    STAFF_SURVEY,
    PUPIL_SURVEY,
    RISK_REGISTERS,
    ATTENDANCE,
    STAFF_TURNOVER,
    EXIT_INTERVIEWS,
    EXTERNAL_REVIEW,
    PEER_REVIEW,
    FINANCE
}
