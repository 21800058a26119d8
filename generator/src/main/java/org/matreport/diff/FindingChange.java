package org.matreport.diff;

/** One finding that changed between two packs, with what it was and what it is, in words. */
public record FindingChange(Kind kind, String rule, String finding, String before, String after) {

    /** How the finding changed, in the order a board reads them. */
    public enum Kind {
        NEW("New findings"),
        RESOLVED("Findings resolved"),
        SEVERITY("Severity changed"),
        ACKNOWLEDGED("Newly acknowledged"),
        EXPIRED("Acknowledgements expired");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }

        /** The key in the JSON form: {@code new}, {@code resolved}, {@code severityChanged}... */
        public String key() {
            return switch (this) {
                case NEW -> "new";
                case RESOLVED -> "resolved";
                case SEVERITY -> "severityChanged";
                case ACKNOWLEDGED -> "newlyAcknowledged";
                case EXPIRED -> "acknowledgementExpired";
            };
        }
    }
}
