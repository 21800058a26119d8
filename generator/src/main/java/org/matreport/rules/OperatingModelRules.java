package org.matreport.rules;

import static org.matreport.catalogue.Link.ALIGNMENT_TO_OPERATING_MODEL;
import static org.matreport.catalogue.Sources.BUILDING_TRUSTS;
import static org.matreport.catalogue.Sources.CEO_ROLE;
import static org.matreport.catalogue.Sources.cite;
import static org.matreport.catalogue.Threshold.GROUP_SIZE;
import static org.matreport.model.ModelKind.CENTRAL_EXPERTISE;
import static org.matreport.model.ModelKind.CLUSTERS;
import static org.matreport.model.ModelKind.CONSULTANTS;
import static org.matreport.model.ModelKind.HUB;
import static org.matreport.model.ModelKind.NETWORK;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import org.matreport.model.Approach;
import org.matreport.model.Focus;
import org.matreport.model.Group;
import org.matreport.text.Words;

/** Checks from alignment to operating model (A→O): the approach chosen has the people and forums it needs. */
final class OperatingModelRules {

    private OperatingModelRules() {}

    /** The rules of this link, in catalogue order, each declared with its check. */
    static List<Rule> rules() {
        return List.of(
                Rule.declare("OPM-401")
                        .name("central-direction-without-capacity")
                        .severity(WARNING)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .source(cite(
                                BUILDING_TRUSTS, "central direction needs a central person or team to define the way"))
                        .rationale("Central direction needs someone at the centre to define and support the common way;"
                                + " the operating model names no one to do it.")
                        .action("Add central expertise, a hub or improvement roles, or change the approach to"
                                + " collaborative.")
                        .check(OperatingModelRules::centralDirectionWithoutCapacity),
                Rule.declare("OPM-402")
                        .name("convergence-without-forum")
                        .severity(WARNING)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .source(cite(BUILDING_TRUSTS, "convergence is collaboration the centre facilitates"))
                        .rationale("Collaborative convergence needs places where schools work together; the operating"
                                + " model has no hubs, clusters, network or groups.")
                        .action("Set up hubs, clusters or a network in which schools can converge.")
                        .check(OperatingModelRules::convergenceWithoutForum),
                Rule.declare("OPM-403")
                        .name("network-cannot-direct")
                        .severity(WARNING)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .source(cite(BUILDING_TRUSTS, "operating models must fit strategic intent"))
                        .rationale("A self-improving network spreads practice between peers; it has no centre to direct"
                                + " a single way of working.")
                        .action("Add central capacity, or move the areas concerned to a collaborative approach.")
                        .check(OperatingModelRules::networkCannotDirect),
                Rule.declare("OPM-404")
                        .name("consultants-only")
                        .severity(WARNING)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .source(cite(BUILDING_TRUSTS, "consultants cover the time it takes to build a cluster"))
                        .rationale("Consultants are a bridge while the trust builds lasting capacity; relying on them"
                                + " alone leaves no improvement capacity of the trust's own.")
                        .action("Plan the hub, cluster or central expertise the consultants are bridging towards.")
                        .check(OperatingModelRules::consultantsOnly),
                Rule.declare("OPM-405")
                        .name("school-outside-groups")
                        .severity(WARNING)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .source("consistency of the operating model")
                        .rationale("The trust organises schools into groups, but this school sits in none and so misses"
                                + " the collaboration and support the groups provide.")
                        .action("Assign the school to a hub or cluster.")
                        .check(OperatingModelRules::schoolOutsideGroups),
                Rule.declare("OPM-406")
                        .name("empty-group")
                        .severity(INFO)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .source("consistency of the operating model")
                        .rationale("A group with no schools is either planned for growth or left over from an earlier"
                                + " structure.")
                        .action("Remove the group, or note which schools will join it.")
                        .check(OperatingModelRules::emptyGroup),
                Rule.declare("OPM-407")
                        .name("leaders-without-deliverers")
                        .severity(INFO)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .source(cite(
                                CEO_ROLE,
                                "leading improvement is not the same as delivering it; a chief executive needs"
                                        + " capacity for both"))
                        .rationale("Leading improvement and delivering it are different jobs; the trust has leaders but"
                                + " no delivery capacity: no improvement-delivery role, hub, clusters,"
                                + " consultants or central expertise.")
                        .action("Name who delivers improvement: delivery roles, hubs, clusters, consultants or"
                                + " central expertise.")
                        .check(OperatingModelRules::leadersWithoutDeliverers),
                Rule.declare("OPM-408")
                        .name("group-too-large")
                        .severity(INFO)
                        .link(ALIGNMENT_TO_OPERATING_MODEL)
                        .thresholds(GROUP_SIZE)
                        .forecast()
                        .source("project default: groups small enough to meet often; Building Trusts: cluster-based"
                                + " models make collaboration more regular and local, without naming a size")
                        .rationale("A hub or cluster works while its schools are few enough to meet often. The research"
                                + " names clusters as a way to keep collaboration local but gives no size, so"
                                + " the limit is this project's default for the trust to adjust; schools"
                                + " joining a group on the growth plan are counted from their date.")
                        .action("Consider splitting the group, or planning a new one before the schools join.")
                        .check(OperatingModelRules::groupTooLarge));
    }

    private static List<AreaState> improvementAreasBy(RuleContext t, Approach approach) {
        return t.decidedAreas().stream()
                .filter(a -> a.area().isImprovement() && a.approach() == approach)
                .toList();
    }

    private static String names(List<AreaState> areas) {
        return Words.and(areas.stream().map(a -> Words.area(a.area())).toList());
    }

    private static String models(RuleContext t) {
        return Words.and(t.models().stream().map(Words::label).toList());
    }

    private static List<Breach> centralDirectionWithoutCapacity(RuleContext t) {
        List<AreaState> central = improvementAreasBy(t, Approach.CENTRAL);
        if (central.isEmpty()
                || t.hasAnyModel(HUB, CENTRAL_EXPERTISE, CONSULTANTS)
                || t.hasRole(Focus.IMPROVEMENT_LEADERSHIP)
                || t.hasRole(Focus.IMPROVEMENT_DELIVERY)) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                Words.capitalised(names(central))
                        + (central.size() == 1 ? " is" : " are")
                        + " to be directed centrally, but the operating model ("
                        + models(t) + ") has no hub, central expertise or consultants and no central improvement role",
                central.get(0).field("approach"),
                "operatingModel.models"));
    }

    private static List<Breach> convergenceWithoutForum(RuleContext t) {
        List<AreaState> collaborative = improvementAreasBy(t, Approach.COLLABORATIVE);
        if (collaborative.isEmpty()
                || t.hasAnyModel(HUB, CLUSTERS, NETWORK)
                || !t.groups().isEmpty()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                Words.capitalised(names(collaborative))
                        + (collaborative.size() == 1 ? " is" : " are")
                        + " to converge collaboratively, but the operating"
                        + " model (" + models(t) + ") has no hub, clusters, network or groups to collaborate in",
                collaborative.get(0).field("approach"),
                "operatingModel.models"));
    }

    private static List<Breach> networkCannotDirect(RuleContext t) {
        List<AreaState> central = improvementAreasBy(t, Approach.CENTRAL);
        if (central.isEmpty() || !t.modelsOnly(NETWORK)) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The trust improves only through a self-improving network, yet " + names(central)
                        + (central.size() == 1 ? " is" : " are") + " to be directed centrally",
                "operatingModel.models",
                central.get(0).field("approach")));
    }

    private static List<Breach> consultantsOnly(RuleContext t) {
        if (!t.modelsOnly(CONSULTANTS)) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The trust's " + Words.plural(t.schoolCount(), "school", "schools")
                        + " rely on consultants alone for improvement, with no hub, clusters, network or"
                        + " central expertise"
                        + " being built",
                "operatingModel.models"));
    }

    private static List<Breach> schoolOutsideGroups(RuleContext t) {
        if (t.groups().isEmpty()) {
            return List.of();
        }
        List<Breach> found = new ArrayList<>();
        for (TrustSchool s : t.schools()) {
            if (s.group() == null || s.group().isBlank()) {
                found.add(Breach.of(
                        s.subject(),
                        s.label() + " belongs to none of the trust's "
                                + Words.plural(t.groups().size(), "group", "groups"),
                        s.path()));
            }
        }
        return found;
    }

    private static List<Breach> emptyGroup(RuleContext t) {
        List<Breach> found = new ArrayList<>();
        for (int i = 0; i < t.groups().size(); i++) {
            Group g = t.groups().get(i);
            if (t.schools().stream().noneMatch(s -> g.id().equals(s.group()))) {
                found.add(Breach.of(
                        g.id(),
                        g.name() + " (" + g.id() + ") has no open schools",
                        "operatingModel.groups[" + i + "]"));
            }
        }
        return found;
    }

    private static List<Breach> leadersWithoutDeliverers(RuleContext t) {
        if (!t.hasRole(Focus.IMPROVEMENT_LEADERSHIP) || t.hasDeliveryCapacity()) {
            return List.of();
        }
        return List.of(Breach.of(
                null,
                "The central team has improvement leaders but no one to deliver improvement: "
                        + RuleContext.DELIVERY_CAPACITY + " (models: " + models(t) + ")",
                "operatingModel.centralTeam",
                "operatingModel.models"));
    }

    private static List<Breach> groupTooLarge(RuleContext t) {
        double limit = t.threshold(GROUP_SIZE);
        List<Breach> found = new ArrayList<>();
        for (int i = 0; i < t.groups().size(); i++) {
            Group g = t.groups().get(i);
            long size =
                    t.schools().stream().filter(s -> g.id().equals(s.group())).count();
            if (size > limit) {
                String holds = t.asOf() == null
                        ? " holds "
                        : " will hold, once the schools expected by " + Words.date(t.asOf()) + " have joined, ";
                found.add(Breach.of(
                        g.id(),
                        g.name() + holds + size + " schools, more than the " + Words.number(limit)
                                + " a group can hold while meeting often",
                        "operatingModel.groups[" + i + "]"));
            }
        }
        return found;
    }
}
