package org.matreport.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matreport.catalogue.RuleCatalogue;
import org.matreport.catalogue.RuleInfo;

/** Every catalogue entry paired with its check, in catalogue order. */
public final class Rulebook {

    private static final List<Rule> RULES = pair();

    private Rulebook() {}

    public static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> pair() {
        Map<String, Check> checks = new HashMap<>();
        VisionRules.register(checks);
        StrategyRules.register(checks);
        OperatingModelRules.register(checks);
        BreakPointRules.register(checks);
        IntelligenceRules.register(checks);
        List<Rule> rules = new ArrayList<>();
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
