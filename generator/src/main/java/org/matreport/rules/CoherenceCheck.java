package org.matreport.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.matreport.catalogue.RuleInfo;
import org.matreport.load.LoadedTrust;
import org.matreport.load.SourceMap;
import org.matreport.model.GrowthSchool;
import org.matreport.model.Severity;
import org.matreport.model.Trust;

/**
 * Checks that a trust's vision, strategy, alignment and operating model cohere, now and along its growth plan.
 *
 * <p>Every enabled rule runs on the trust as it is. Break-point rules run again after each growth date, with the
 * schools expected by then counted as open; a finding that first holds at a date is reported once, as ahead. Then the
 * board's acknowledgements are applied. Nothing here fails: {@link CheckResult#fails} decides.
 */
public final class CoherenceCheck {

    /**
     * Checks a loaded trust. Acknowledgements are judged against the trust's board meeting date or, when it has none,
     * against {@code today} (the date of generation).
     */
    public CheckResult run(LoadedTrust loaded, LocalDate today) {
        return run(loaded.trust(), loaded.sources(), today);
    }

    public CheckResult run(Trust trust, SourceMap sources, LocalDate today) {
        LocalDate reference =
                trust.profile().boardMeeting() != null ? trust.profile().boardMeeting() : today;
        Set<String> disabledIds = trust.settings() == null
                ? Set.of()
                : Set.copyOf(trust.settings().disabled());
        Map<String, Severity> overrides =
                trust.settings() == null ? Map.of() : trust.settings().severity();
        List<Rule> active = Rulebook.rules().stream()
                .filter(r -> !disabledIds.contains(r.id()))
                .toList();
        List<RuleInfo> disabled = Rulebook.catalogue().stream()
                .filter(r -> disabledIds.contains(r.id()))
                .toList();

        Locator locator = new Locator(sources);
        RuleContext now = RuleContext.now(trust);
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rule rule : active) {
            for (Breach breach : rule.apply(now)) {
                seen.add(key(rule, breach));
                When when = breach.arrives() == null ? When.NOW : When.ahead(breach.arrives(), List.of());
                findings.add(finding(rule, breach, when, overrides, locator));
            }
        }
        for (LocalDate date : growthDates(trust)) {
            When when = When.ahead(date, joiningOn(trust, date));
            RuleContext then = now.after(date);
            for (Rule rule : active) {
                if (!rule.info().forecast()) {
                    continue;
                }
                for (Breach breach : rule.apply(then)) {
                    if (seen.add(key(rule, breach))) {
                        findings.add(finding(rule, breach, when, overrides, locator));
                    }
                }
            }
        }
        findings.addAll(StarterText.find(trust, locator));
        List<Finding> acknowledged =
                new AcknowledgementLedger(trust.acknowledgements(), reference).apply(findings, locator, disabledIds);
        return new CheckResult(acknowledged, disabled, now.thresholds().asMap(), reference);
    }

    /**
     * A finding is the same break point at a later date when its rule and subject are the same; a breach that arrives
     * on its own date is found now and so never found again at a growth date.
     */
    private static String key(Rule rule, Breach breach) {
        return rule.id() + "\u0000" + (breach.subject() == null ? "" : breach.subject());
    }

    private static Finding finding(
            Rule rule, Breach breach, When when, Map<String, Severity> overrides, Locator locator) {
        Severity severity = overrides.getOrDefault(
                rule.id(),
                breach.escalated() != null ? breach.escalated() : rule.info().severity());
        List<String> paths = breach.paths().isEmpty() ? List.of("") : breach.paths();
        return new Finding(
                rule.info(),
                severity,
                breach.message(),
                breach.subject(),
                locator.places(paths),
                when,
                AcknowledgementStatus.NONE,
                null);
    }

    private static Set<LocalDate> growthDates(Trust trust) {
        Set<LocalDate> dates = new TreeSet<>();
        trust.growth().forEach(g -> dates.add(g.expected()));
        return dates;
    }

    private static List<String> joiningOn(Trust trust, LocalDate date) {
        return trust.growth().stream()
                .filter(g -> g.expected().equals(date))
                .map(GrowthSchool::name)
                .toList();
    }
}
