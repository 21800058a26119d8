package org.matreport.rules;

import org.matreport.catalogue.RuleInfo;

/** A catalogue entry and its check. */
public record Rule(RuleInfo info, Check check) {

    public String id() {
        return info.id();
    }
}
