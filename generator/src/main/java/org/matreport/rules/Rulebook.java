package org.matreport.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matreport.catalogue.RuleCatalogue;
import org.matreport.catalogue.RuleInfo;
import org.matreport.load.RuleIds;

/**
 * Every coherence rule in catalogue order, and the two checks outside the catalogue that trusts cannot disable: stale
 * acknowledgements and starter text. What renders, reports and the schema print about rules comes from here; the
 * loader is handed the ids.
 */
public final class Rulebook {

    private static final List<Rule> RULES = pair();
    private static final Map<String, RuleInfo> BY_ID = index();

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
        return RuleCatalogue.staleAcknowledgement();
    }

    /** The check that no starter placeholder is left, which runs whatever the settings say. */
    public static RuleInfo starterText() {
        return RuleCatalogue.starterText();
    }

    private static Map<String, RuleInfo> index() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        RULES.forEach(r -> byId.put(r.id(), r.info()));
        return byId;
    }

    private static List<Rule> pair() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(VisionRules.rules());
        Map<String, Check> checks = new HashMap<>();
        StrategyRules.register(checks);
        OperatingModelRules.register(checks);
        BreakPointRules.register(checks);
        IntelligenceRules.register(checks);
        for (RuleInfo info : RuleCatalogue.rules()) {
            Check check = checks.remove(info.id());
            if (check == null) {
                throw new IllegalStateException("no check for rule " + info.id());
            }
            rules.add(new Rule(info, check));
        }
        if (!checks.isEmpty()) {
            throw new IllegalStateException("checks for rules not in the catalogue: " + checks.keySet());
        }
        return List.copyOf(rules);
    }
}
