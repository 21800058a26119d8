package org.matreport.render;

import java.util.Set;
import org.matreport.model.Trust;
import org.matreport.rules.Finding;

/**
 * Findings that ask for the trust's files to be completed or tidied, not for a decision: a baseline to record, a
 * target to update, an acknowledgement that matches nothing. They go to the strategy team's list at the back of the
 * pack, never among the board's resolutions.
 */
final class Upkeep {

    /**
     * Rules whose every finding is about the records themselves: an outcome without a baseline, a target in the
     * past, a school's rating without what it rests on, an acknowledgement that matches nothing.
     */
    private static final Set<String> RECORD_RULES = Set.of("VIS-102", "VIS-105", "BRK-526", "ACK-901");

    /** The investment rule asks for a figure when none is recorded; with one recorded it is a question of policy. */
    private static final String INVESTMENT = "INT-606";

    private Upkeep() {}

    static boolean isUpkeep(Finding f, Trust trust) {
        if (RECORD_RULES.contains(f.ruleId())) {
            return true;
        }
        return f.ruleId().equals(INVESTMENT) && !researchShareRecorded(trust);
    }

    static boolean researchShareRecorded(Trust trust) {
        return trust.operatingModel() != null
                && trust.operatingModel().investment() != null
                && trust.operatingModel().investment().researchPercent() != null;
    }

    /**
     * The rule's suggested action, read against the data: an action that begins "Record X, and review it" says only
     * "Review X" when X is already recorded, so the pack never asks for a figure it prints.
     */
    static String advice(Finding f, Trust trust) {
        String action = f.rule().action().strip();
        if (!isUpkeep(f, trust) && action.startsWith("Record ") && action.endsWith(", and review it.")) {
            String what = action.substring("Record ".length(), action.length() - ", and review it.".length());
            return "Review " + what + " against the trust's plans.";
        }
        return action;
    }
}
