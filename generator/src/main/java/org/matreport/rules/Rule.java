package org.matreport.rules;

import java.util.List;
import java.util.Objects;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.model.Severity;

/** A coherence rule: what the catalogue says of it and its check, declared together with {@link #declare}. */
public record Rule(RuleInfo info, Check check) {

    public Rule {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(check, "check");
    }

    public String id() {
        return info.id();
    }

    /** Runs the check on the trust as this rule may see it: with only the thresholds it declares. */
    public List<Breach> apply(RuleContext trust) {
        return check.apply(trust.forRule(info));
    }

    /**
     * Starts a rule's declaration. Every part is set by a step that names it, so two texts cannot change places
     * unnoticed: {@code declare("VIS-104").name(..).severity(..).link(..).source(..).rationale(..).action(..)}, then
     * {@code .check(..)}. Thresholds and {@code forecast()} are optional.
     */
    static Declaration declare(String id) {
        return new Declaration(id);
    }

    /** A rule being declared; {@link #check} (or {@link #info} for a rule checked elsewhere) ends it. */
    static final class Declaration {

        private final String id;
        private String name;
        private Severity severity;
        private Link link;
        private List<Threshold> thresholds = List.of();
        private boolean forecast;
        private String source;
        private String rationale;
        private String action;

        private Declaration(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalStateException("a rule is declared without an id");
            }
            this.id = id;
        }

        /** The rule's name in kebab case, as findings print it: {@code mission-missing}. */
        Declaration name(String name) {
            this.name = once(this.name, name, "a name");
            return this;
        }

        /** The default severity, which a trust may change in its settings. */
        Declaration severity(Severity severity) {
            this.severity = once(this.severity, severity, "a severity");
            return this;
        }

        /** The link in the coherence chain the rule tests; a rule of the growth link is a break point. */
        Declaration link(Link link) {
            this.link = once(this.link, link, "a link");
            return this;
        }

        /** The thresholds the check reads; it may read no other. */
        Declaration thresholds(Threshold... thresholds) {
            this.thresholds =
                    once(this.thresholds.isEmpty() ? null : this.thresholds, List.of(thresholds), "thresholds");
            return this;
        }

        /** Run again at every growth date although not a break point, because its subject grows with the trust. */
        Declaration forecast() {
            this.forecast = true;
            return this;
        }

        /** The research or other document the rule rests on. */
        Declaration source(String source) {
            this.source = once(this.source, source, "a source");
            return this;
        }

        /** Why the rule matters to a trust board. */
        Declaration rationale(String rationale) {
            this.rationale = once(this.rationale, rationale, "a rationale");
            return this;
        }

        /** What the board or the strategy team can do about a finding. */
        Declaration action(String action) {
            this.action = once(this.action, action, "an action");
            return this;
        }

        /** The declaration with its check: a rule of the rulebook. */
        Rule check(Check check) {
            return new Rule(info(), Objects.requireNonNull(check, id + " needs a check"));
        }

        /** The declaration alone, for a check that runs outside the rulebook. */
        RuleInfo info() {
            return new RuleInfo(
                    id,
                    required(name, "a name"),
                    required(severity, "a severity"),
                    required(link, "a link"),
                    thresholds,
                    required(source, "a source"),
                    required(rationale, "a rationale"),
                    required(action, "an action"),
                    forecast || link == Link.GROWTH);
        }

        private <T> T required(T value, String what) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                throw new IllegalStateException("rule " + id + " is declared without " + what);
            }
            return value;
        }

        /** The value of a step taken once: {@code what} as in "declared without a rationale". */
        private <T> T once(T current, T value, String what) {
            if (current != null) {
                throw new IllegalStateException("rule " + id + " is declared with " + what + " twice");
            }
            return required(value, what);
        }
    }
}
