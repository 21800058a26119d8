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
 * acknowledgements.
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
        LocalDate joins) {

    public TrustSchool {
        performanceBasis = List.copyOf(performanceBasis);
        ownApproach = List.copyOf(ownApproach);
    }

    static TrustSchool open(int index, School school) {
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
                null);
    }

    static TrustSchool joining(int index, GrowthSchool school) {
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
                school.expected());
    }

    static String subjectOf(GrowthSchool school) {
        return school.urn() != null ? school.urn().toString() : school.name();
    }

    /** Whether the school is only expected, not yet open. */
    public boolean isJoining() {
        return joins != null;
    }

    /** {@code Aurora Primary Academy (100001)}, or the name alone for a school without a URN yet. */
    public String label() {
        return subject.equals(name) ? name : name + " (" + subject + ")";
    }

    public String field(String key) {
        return path + "." + key;
    }
}
