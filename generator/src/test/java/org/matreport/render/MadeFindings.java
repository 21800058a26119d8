package org.matreport.render;

import java.time.LocalDate;
import java.util.List;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Thresholds;
import org.matreport.load.Location;
import org.matreport.model.Acknowledgement;
import org.matreport.model.Severity;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.rules.Place;
import org.matreport.rules.Rulebook;
import org.matreport.rules.When;

/** Findings made by hand, so that a view's rule can be tested on exactly the findings it is about. */
final class MadeFindings {

    static final LocalDate MEETING = LocalDate.of(2026, 12, 10);

    private MadeFindings() {}

    static Finding now(String ruleId, Severity severity) {
        return make(ruleId, severity, When.NOW);
    }

    static Finding ahead(String ruleId, Severity severity, LocalDate date, String... joining) {
        return make(ruleId, severity, When.ahead(date, List.of(joining)));
    }

    static Finding acknowledged(Finding finding, LocalDate until) {
        AcknowledgementStatus status =
                until.isBefore(MEETING) ? AcknowledgementStatus.EXPIRED : AcknowledgementStatus.ACKNOWLEDGED;
        return finding.acknowledged(
                status, new Acknowledgement(finding.ruleId(), null, "Accepted for a year", "Chair of Trustees", until));
    }

    /** The findings as the pack reads them, for the test trust Northern Lights. */
    static Reading reading(Finding... findings) {
        return Reading.of(TestTrusts.northernLights(), result(findings));
    }

    static Reading reading(List<String> disabled, Finding... findings) {
        return Reading.of(TestTrusts.northernLights(), result(disabled, findings));
    }

    static CheckResult result(Finding... findings) {
        return result(List.of(), findings);
    }

    static CheckResult result(List<String> disabled, Finding... findings) {
        List<RuleInfo> off =
                disabled.stream().map(id -> Rulebook.rule(id).orElseThrow()).toList();
        var thresholds = Thresholds.inForce(null).asMap();
        return new CheckResult(List.of(findings), off, thresholds, MEETING);
    }

    private static Finding make(String ruleId, Severity severity, When when) {
        RuleInfo rule = Rulebook.rule(ruleId).orElseThrow();
        return new Finding(
                rule,
                severity,
                rule.name() + " holds " + when,
                null,
                List.of(new Place("strategy.cluster", new Location("trust.yaml", 12, 3))),
                when,
                AcknowledgementStatus.NONE,
                null);
    }
}
