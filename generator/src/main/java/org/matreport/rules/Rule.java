package org.matreport.rules;

/** A catalogue entry and its check. */
public record Rule(RuleInfo info, Check check) {

    public String id() {
        return info.id();
    }
}
