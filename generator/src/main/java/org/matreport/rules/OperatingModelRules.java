package org.matreport.rules;

import static org.matreport.catalogue.Threshold.GROUP_SIZE;
import static org.matreport.model.ModelKind.CENTRAL_EXPERTISE;
import static org.matreport.model.ModelKind.CLUSTERS;
import static org.matreport.model.ModelKind.CONSULTANTS;
import static org.matreport.model.ModelKind.HUB;
import static org.matreport.model.ModelKind.NETWORK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matreport.model.Approach;
import org.matreport.model.Focus;
import org.matreport.model.Group;
import org.matreport.text.Words;

/** Checks from alignment to operating model (A→O): the approach chosen has the people and forums it needs. */
final class OperatingModelRules {

    private OperatingModelRules() {}

    static void register(Map<String, Check> checks) {
        checks.put("OPM-401", OperatingModelRules::centralDirectionWithoutCapacity);
        checks.put("OPM-402", OperatingModelRules::convergenceWithoutForum);
        checks.put("OPM-403", OperatingModelRules::networkCannotDirect);
        checks.put("OPM-404", OperatingModelRules::consultantsOnly);
        checks.put("OPM-405", OperatingModelRules::schoolOutsideGroups);
        checks.put("OPM-406", OperatingModelRules::emptyGroup);
        checks.put("OPM-407", OperatingModelRules::leadersWithoutDeliverers);
        checks.put("OPM-408", OperatingModelRules::groupTooLarge);
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

    static List<Breach> centralDirectionWithoutCapacity(RuleContext t) {
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

    static List<Breach> convergenceWithoutForum(RuleContext t) {
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

    static List<Breach> networkCannotDirect(RuleContext t) {
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

    static List<Breach> consultantsOnly(RuleContext t) {
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

    static List<Breach> schoolOutsideGroups(RuleContext t) {
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

    static List<Breach> emptyGroup(RuleContext t) {
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

    static List<Breach> leadersWithoutDeliverers(RuleContext t) {
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

    static List<Breach> groupTooLarge(RuleContext t) {
        double limit = t.threshold(GROUP_SIZE);
        List<Breach> found = new ArrayList<>();
        for (int i = 0; i < t.groups().size(); i++) {
            Group g = t.groups().get(i);
            long size =
                    t.schools().stream().filter(s -> g.id().equals(s.group())).count();
            if (size > limit) {
                String holds = t.asOf() == null
                        ? " holds "
                        : " will hold, once the schools expected by " + t.asOf() + " have joined, ";
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
