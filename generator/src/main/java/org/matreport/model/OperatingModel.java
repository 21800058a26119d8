package org.matreport.model;

import java.util.List;

/** How the trust delivers improvement, organises its schools, governs and learns what is happening. */
public record OperatingModel(
        @Required
        @Doc("One or more of hub, consultants (advisers brought in from outside the trust, paid per commission),"
                + " central-expertise (specialists the trust employs), clusters, network.")
        List<ModelKind> models,

        @Doc("The hubs or clusters schools belong to.") List<Group> groups,
        @Doc("single-site or regional.") CentralServices centralServices,

        @Doc("The chief executive's part in school improvement.")
        Ceo ceo,

        @Doc("The central team's roles.") List<CentralRole> centralTeam,

        @Doc("The trust board and its scheme of delegation.")
        Governance governance,

        @Doc("Where the trust's intelligence about its schools comes from.")
        Intelligence intelligence,

        @Doc("How the trust keeps its staff together.") Communications communications,

        @Doc("What the trust invests in research, development and training.")
        Investment investment) {

    public OperatingModel {
        models = List.copyOf(models);
        groups = List.copyOf(groups);
        centralTeam = List.copyOf(centralTeam);
    }
}
