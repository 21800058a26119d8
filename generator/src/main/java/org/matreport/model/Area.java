package org.matreport.model;

/** An area in which a trust decides how consistent its schools should be. */
public enum Area implements Labelled {
    CURRICULUM("curriculum", Kind.IMPROVEMENT),
    PEDAGOGY("pedagogy", Kind.IMPROVEMENT),
    ASSESSMENT("assessment", Kind.IMPROVEMENT),
    TEACHER_DEVELOPMENT("teacherDevelopment", Kind.IMPROVEMENT),
    LEADERSHIP_DEVELOPMENT("leadershipDevelopment", Kind.IMPROVEMENT),
    BACK_OFFICE("backOffice", Kind.OPERATIONAL),
    INFORMATION_MANAGEMENT("informationManagement", Kind.OPERATIONAL),
    IDENTITY("identity", Kind.IDENTITY);

    /** Improvement areas carry school improvement; operational areas run the trust; identity stands alone. */
    public enum Kind {
        IMPROVEMENT,
        OPERATIONAL,
        IDENTITY
    }

    private final String label;
    private final Kind kind;

    Area(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    @Override
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isImprovement() {
        return kind == Kind.IMPROVEMENT;
    }
}
