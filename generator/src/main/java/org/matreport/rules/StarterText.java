package org.matreport.rules;

import java.util.ArrayList;
import java.util.List;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.RuleInfo;
import org.matreport.model.Acknowledgement;
import org.matreport.model.Severity;
import org.matreport.model.Trust;

/**
 * Finds text that {@code matreport init} wrote and nobody has replaced. The starter is valid and coherent on purpose,
 * so that staff can run every command from the first minute; without this check an unedited starter would pass as a
 * strategy, and its pack would print "Green" over a placeholder.
 */
final class StarterText {

    /** Text that matreport init wrote and nobody replaced; checked whatever the settings say. */
    static final RuleInfo RULE = Rule.declare("TXT-901")
            .name("starter-text")
            .severity(Severity.ERROR)
            .link(Link.VISION)
            .source("matreport init")
            .rationale("A pack whose sentences are the starter's placeholders tells the board nothing about the trust.")
            .action("Write the trust's own words in place of the starter's, then run the check again.")
            .info();

    /** Every placeholder sentence in the starter begins so. */
    static final String PLACEHOLDER = "Replace this with";

    /** The starter's trust name. */
    static final String STARTER_NAME = "Example Academy Trust";

    private StarterText() {}

    static List<Finding> find(Trust trust, Locator locator) {
        List<Finding> found = new ArrayList<>();
        if (STARTER_NAME.equals(trust.profile().name())) {
            found.add(finding("trust.name", "name", locator));
        }
        if (trust.vision() != null) {
            placeholder(trust.vision().statement(), "vision.statement", "vision", locator, found);
            placeholder(trust.vision().mission(), "vision.mission", "mission", locator, found);
        }
        if (trust.strategy() != null) {
            placeholder(trust.strategy().rationale(), "strategy.rationale", "reasons for the strategy", locator, found);
        }
        if (trust.alignment() != null && trust.alignment().newSchools() != null) {
            placeholder(
                    trust.alignment().newSchools().notes(),
                    "alignment.newSchools.notes",
                    "way of bringing a new school in",
                    locator,
                    found);
        }
        if (trust.alignment() != null && trust.alignment().earnedAutonomy() != null) {
            placeholder(
                    trust.alignment().earnedAutonomy().criteria(),
                    "alignment.earnedAutonomy.criteria",
                    "criteria for earned autonomy",
                    locator,
                    found);
        }
        List<Acknowledgement> acknowledgements = trust.acknowledgements();
        for (int i = 0; i < acknowledgements.size(); i++) {
            placeholder(
                    acknowledgements.get(i).reason(),
                    "acknowledgements[" + i + "].reason",
                    "reason for accepting " + acknowledgements.get(i).rule(),
                    locator,
                    found);
        }
        return found;
    }

    private static void placeholder(String text, String path, String what, Locator locator, List<Finding> found) {
        if (text != null && text.strip().startsWith(PLACEHOLDER)) {
            found.add(finding(path, what, locator));
        }
    }

    private static Finding finding(String path, String what, Locator locator) {
        return new Finding(
                RULE,
                RULE.severity(),
                "still the starter's text: write the trust's own " + what,
                path,
                List.of(locator.place(path)),
                When.NOW,
                AcknowledgementStatus.NONE,
                null);
    }
}
