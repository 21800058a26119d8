package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.RuleInfo;

/**
 * A rule's "why it matters" and "what to do" print in the body of the board paper, where a trustee reads them: they
 * name no rule by its id (ids belong to the appendix) and no value in the YAML's spelling.
 */
class RuleWordingTest {

    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{3}-\\d{3}\\b");

    /** Kebab-case words, as the YAML spells its values (improvement-leadership, keep-own). */
    private static final Pattern YAML_WORD = Pattern.compile("\\b[a-z]+-[a-z]+(-[a-z]+)*\\b");

    /** Hyphenated words of ordinary English that the actions use. */
    private static final List<String> ENGLISH = List.of("school-led");

    @Test
    void noRulesTextsForTheBoardNameARuleById() {
        List<String> found = new ArrayList<>();
        for (Rule rule : Rulebook.rules()) {
            RuleInfo info = rule.info();
            for (String text : List.of(info.rationale(), info.action())) {
                RULE_ID.matcher(text).results().forEach(m -> found.add(info.id() + ": " + m.group()));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noRulesActionUsesAValueAsTheYamlSpellsIt() {
        List<String> found = new ArrayList<>();
        for (Rule rule : Rulebook.rules()) {
            RuleInfo info = rule.info();
            YAML_WORD
                    .matcher(info.action())
                    .results()
                    .map(m -> m.group())
                    .filter(word -> !ENGLISH.contains(word))
                    .forEach(word -> found.add(info.id() + ": " + word));
        }
        assertEquals(List.of(), found);
    }
}
