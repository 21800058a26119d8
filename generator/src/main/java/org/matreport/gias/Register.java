package org.matreport.gias;

import java.util.List;

/** The national register's column names and values this import reads, spelt exactly as its extracts spell them. */
final class Register {

    static final String URN = "URN";
    static final String NAME = "EstablishmentName";
    static final String TYPE = "TypeOfEstablishment (name)";
    static final String STATUS = "EstablishmentStatus (name)";
    static final String PHASE = "PhaseOfEducation (name)";
    static final String LOCAL_AUTHORITY = "LA (name)";
    static final String REGION = "GOR (name)";
    static final String PUPILS = "NumberOfPupils";
    static final String TRUST_CODE = "Trusts (code)";
    static final String TRUST_NAME = "Trusts (name)";
    static final String OPEN_DATE = "OpenDate";

    static final List<String> ESTABLISHMENT_COLUMNS =
            List.of(URN, NAME, TYPE, STATUS, PHASE, LOCAL_AUTHORITY, REGION, PUPILS, TRUST_CODE, TRUST_NAME, OPEN_DATE);

    static final String GROUP_UID = "Group UID";
    static final String GROUP_NAME = "Group Name";
    static final String GROUP_TYPE = "Group Type";
    static final String JOINED = "Joined date";

    static final List<String> LINK_COLUMNS = List.of(URN, GROUP_UID, GROUP_NAME, GROUP_TYPE, JOINED);

    /** The group type of a multi-academy trust in the links extract; single-academy trusts and federations differ. */
    static final String MULTI_ACADEMY_TRUST = "Multi-academy trust";

    private Register() {}

    /** "Open" and "Open, but proposed to close" are open; "Closed" and "Proposed to open" are not. */
    static boolean open(String status) {
        return status.startsWith("Open");
    }
}
