package org.matreport.rules;

import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.Consistency;
import org.matreport.model.Evidence;
import org.matreport.model.TargetConsistency;

/**
 * A decided area with its defaults filled in: a missing current counts as school-led, a missing approach or
 * evidence as none.
 */
public record AreaState(
        Area area, TargetConsistency target, Consistency current, Approach approach, Evidence evidence) {

    public String path() {
        return "alignment.areas." + area.label();
    }

    public String field(String key) {
        return path() + "." + key;
    }

    /** Whether the schools are not yet as consistent as the trust wants. */
    public boolean belowTarget() {
        return current.isBelow(target.level());
    }
}
