package org.matreport.load;

import java.util.List;

/**
 * The ids of the coherence rules, which a trust names in its acknowledgements and in its settings (severities and
 * disabled rules). The rules are declared in the layer above the loader, so whoever makes a loader hands their ids
 * down; the loader then refuses a misspelt id at its file, line and column, with the id that was probably meant.
 */
public record RuleIds(List<String> ids) {

    public RuleIds {
        ids = List.copyOf(ids);
    }

    boolean contains(String id) {
        return ids.contains(id);
    }
}
