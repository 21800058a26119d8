package org.matreport.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.RuleInfo;
import org.matreport.model.Acknowledgement;
import org.matreport.model.Severity;

/**
 * Applies the board's acknowledgements to findings. An acknowledgement matches a finding of its rule, and of its
 * subject when it names one. In date it takes the finding out of the count; past its {@code until} it leaves the
 * finding counted and marks it expired; matching nothing, it is itself reported as stale.
 */
final class AcknowledgementLedger {

    /**
     * Not a coherence rule but a check on the board's own records: an acknowledgement that matches no finding. Kept
     * out of the rulebook's rules so that trusts cannot disable or acknowledge it.
     */
    static final RuleInfo RULE = Rule.declare("ACK-901")
            .name("stale-acknowledgement")
            .severity(Severity.INFO)
            .link(Link.INTELLIGENCE)
            .source("board records")
            .rationale("An acknowledgement that matches nothing may hide a typing mistake, or outlive the problem it"
                    + " accepted.")
            .action("Remove the acknowledgement, or correct its rule and subject.")
            .info();

    private final List<Acknowledgement> acknowledgements;
    private final LocalDate referenceDate;

    AcknowledgementLedger(List<Acknowledgement> acknowledgements, LocalDate referenceDate) {
        this.acknowledgements = acknowledgements;
        this.referenceDate = referenceDate;
    }

    static boolean matches(Acknowledgement ack, Finding finding) {
        if (!ack.rule().equals(finding.ruleId())) {
            return false;
        }
        String subject = ack.subject() == null ? "" : ack.subject().trim();
        return subject.isEmpty() || subject.equals(finding.subject());
    }

    boolean expired(Acknowledgement ack) {
        return ack.until().isBefore(referenceDate);
    }

    /** The findings with their acknowledgement status, followed by a stale finding for each unmatched one. */
    List<Finding> apply(List<Finding> findings, Locator locator, Set<String> disabledIds) {
        List<Finding> result = new ArrayList<>();
        boolean[] used = new boolean[acknowledgements.size()];
        for (Finding finding : findings) {
            Acknowledgement chosen = null;
            for (int i = 0; i < acknowledgements.size(); i++) {
                Acknowledgement ack = acknowledgements.get(i);
                if (matches(ack, finding)) {
                    used[i] = true;
                    // Prefer an acknowledgement still in date over an expired one for the same finding.
                    if (chosen == null || (expired(chosen) && !expired(ack))) {
                        chosen = ack;
                    }
                }
            }
            result.add(
                    chosen == null
                            ? finding
                            : finding.acknowledged(
                                    expired(chosen)
                                            ? AcknowledgementStatus.EXPIRED
                                            : AcknowledgementStatus.ACKNOWLEDGED,
                                    chosen));
        }
        for (int i = 0; i < acknowledgements.size(); i++) {
            if (!used[i]) {
                result.add(stale(i, acknowledgements.get(i), locator, disabledIds));
            }
        }
        return result;
    }

    private Finding stale(int index, Acknowledgement ack, Locator locator, Set<String> disabledIds) {
        String what = ack.rule() + (ack.subject() == null ? "" : " for '" + ack.subject() + "'");
        String why = disabledIds.contains(ack.rule())
                ? "the rule is disabled in settings"
                : "the rule does not fire" + (ack.subject() == null ? "" : " for that subject");
        RuleInfo rule = RULE;
        String path = "acknowledgements[" + index + "]";
        return new Finding(
                rule,
                rule.severity(),
                "The acknowledgement of " + what + " owned by " + ack.owner() + " matches no finding: " + why,
                ack.subject(),
                List.of(locator.place(path)),
                When.NOW,
                AcknowledgementStatus.NONE,
                null);
    }
}
