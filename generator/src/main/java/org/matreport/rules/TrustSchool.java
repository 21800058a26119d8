package org.matreport.rules;

import java.time.LocalDate;
import java.util.List;
import org.matreport.model.Area;
import org.matreport.model.GrowthSchool;
import org.matreport.model.Performance;
import org.matreport.model.PerformanceBasis;
import org.matreport.model.Phase;
import org.matreport.model.Region;
import org.matreport.model.School;

/**
 * A school counted by the rules: an open school, or for a forecast a growth school that has joined by the date. The
 * path is where it is written ({@code schools[2]} or {@code growth[0]}); the subject (URN, else name) matches
 * acknowledgements and identifies the school to machines; messages name it as trustees know it ({@link #label}).
 */
public record TrustSchool(
        String path,
        String subject,
        String name,
        Phase phase,
        Region region,
        Integer pupils,
        String group,
        Performance performance,
        List<PerformanceBasis> performanceBasis,
        List<Area> ownApproach,
        LocalDate joins,
        boolean nameShared) {

    public TrustSchool {
        performanceBasis = List.copyOf(performanceBasis);
        ownApproach = List.copyOf(ownApproach);
    }

    /** @param nameShared whether another school of the trust, open or joining, has the same name */
    static TrustSchool open(int index, School school, boolean nameShared) {
        return new TrustSchool(
                "schools[" + index + "]",
                school.urn().toString(),
                school.name(),
                school.phase(),
                school.region(),
                school.pupils(),
                school.group(),
                school.performance(),
                school.performanceBasis(),
                school.ownApproach(),
                null,
                nameShared);
    }

    static TrustSchool joining(int index, GrowthSchool school, boolean nameShared) {
        return new TrustSchool(
                "growth[" + index + "]",
                subjectOf(school),
                school.name(),
                school.phase(),
                school.region(),
                school.pupils(),
                school.group(),
                school.performance(),
                school.performanceBasis(),
                List.of(),
                school.expected(),
                nameShared);
    }

    static String subjectOf(GrowthSchool school) {
        return school.urn() != null ? school.urn().toString() : school.name();
    }

    /** Whether the school is only expected, not yet open. */
    public boolean isJoining() {
        return joins != null;
    }

    /**
     * The school as a trustee knows it, by name: {@code Aurora Primary Academy}. Only when another school of the trust
     * has the same name does its URN follow, to tell the two apart: {@code St Mary's Primary (100004)}.
     */
    public String label() {
        return nameShared && !subject.equals(name) ? name + " (" + subject + ")" : name;
    }

    public String field(String key) {
        return path + "." + key;
    }
}
