package org.matreport.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matreport.catalogue.RuleInfo;
import org.matreport.load.RuleIds;

/**
 * Every coherence rule, in catalogue order: each link's rules as declared beside their checks, vision first and
 * intelligence last. Also the two checks outside the catalogue, which trusts can neither disable nor acknowledge:
 * stale acknowledgements and starter text. Reports, the pack's appendix and the schema read rules from here; the
 * loader is handed their ids.
 */
public final class Rulebook {

    private static final List<Rule> RULES = gather(
            VisionRules.rules(),
            StrategyRules.rules(),
            OperatingModelRules.rules(),
            BreakPointRules.rules(),
            IntelligenceRules.rules());

    private static final Map<String, RuleInfo> BY_ID = index(RULES);

    private Rulebook() {}

    public static List<Rule> rules() {
        return RULES;
    }

    /** What the catalogue says of each rule, in catalogue order. */
    public static List<RuleInfo> catalogue() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The ids a trust may name in its settings and acknowledgements, for the loader. */
    public static RuleIds ids() {
        return new RuleIds(List.copyOf(BY_ID.keySet()));
    }

    /** The rule under which unmatched acknowledgements are reported. */
    public static RuleInfo staleAcknowledgement() {
        return AcknowledgementLedger.RULE;
    }

    /** The check that no starter placeholder is left, which runs whatever the settings say. */
    public static RuleInfo starterText() {
        return StarterText.RULE;
    }

    @SafeVarargs
    private static List<Rule> gather(List<Rule>... links) {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> link : links) {
            all.addAll(link);
        }
        return List.copyOf(all);
    }

    /** The rules by id; two rules with one id would make findings, settings and acknowledgements ambiguous. */
    private static Map<String, RuleInfo> index(List<Rule> rules) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.id(), rule.info()) != null) {
                throw new IllegalStateException("two rules are declared with the id " + rule.id());
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}
