package org.matreport.model;

import java.util.List;

/**
 * A trust's whole strategy as read from its folder: one section per top-level YAML key. Immutable; optional sections
 * the trust did not write are {@code null}, lists are never {@code null}.
 */
public record Trust(
        @Required @Doc("The schema version of these files: matreport/v1.")
        String schema,

        @Key("trust") @Required @Doc("Who the trust is and which year the pack plans for.")
        Profile profile,

        @Required @Doc("The change the trust wants to see, how it will bring it about, and the outcomes it commits to.")
        Vision vision,

        @Required @Doc("The trust's position between school autonomy and a common curriculum and pedagogy.")
        Strategy strategy,

        @Doc("How consistent the trust wants its schools to be, area by area, and how it gets there.")
        Alignment alignment,

        @Required @Doc("How the trust delivers school improvement, governs and learns about its schools.")
        OperatingModel operatingModel,

        @Required @Doc("The trust's open schools.") List<School> schools,
        @Doc("Schools expected to join, in any order.") List<GrowthSchool> growth,

        @Doc("Changes in national policy the board expects, such as a new inspection framework or a funding reform,"
                + " each with when it takes effect, who assesses it and when it was assessed.")
        List<PolicyChange> policy,

        @Doc("Findings the board has knowingly accepted, until a date.")
        List<Acknowledgement> acknowledgements,

        @Doc("The trust's own thresholds, severities and disabled rules.")
        Settings settings) {

    public Trust {
        schools = List.copyOf(schools);
        growth = List.copyOf(growth);
        policy = List.copyOf(policy);
        acknowledgements = List.copyOf(acknowledgements);
    }
}
