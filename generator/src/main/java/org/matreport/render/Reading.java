package org.matreport.render;

import java.util.List;
import org.matreport.model.Trust;
import org.matreport.rules.CheckResult;

/**
 * The check's findings as the pack reads them, once for every section: grouped one per rule and standing, with the
 * trust's names for their subjects. Every section takes its severities and dates from here, so none can disagree.
 */
record Reading(Trust trust, CheckResult result, Subjects subjects, List<FindingGroup> groups) {

    static Reading of(Trust trust, CheckResult result) {
        return new Reading(trust, result, new Subjects(trust), FindingGroup.of(result.findings()));
    }

    /** Groups that ask the board to decide or to weigh something: not the strategy team's record keeping. */
    List<FindingGroup> forTheBoard() {
        return groups.stream().filter(g -> !isUpkeep(g)).toList();
    }

    /** Groups that only ask for the files to be completed, for the strategy team's list. */
    List<FindingGroup> upkeep() {
        return groups.stream().filter(this::isUpkeep).toList();
    }

    boolean isUpkeep(FindingGroup group) {
        return Upkeep.isUpkeep(group.first(), trust);
    }

    FindingView view(FindingGroup group) {
        return FindingView.of(group, this);
    }
}
