package org.matreport.load;

import java.util.Optional;

/**
 * Refuses a trust too large to render within memory, before its schools are read into the model: the pack's size and
 * the memory needed to render it grow faster than the number of schools. The message names the limit and the
 * setting that raises it, for the rare folder that is real and larger.
 */
final class SizeCheck {

    private final LoadLimits limits;
    private final Problems problems;

    SizeCheck(LoadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Whether the schools and the growth plan are within the limits; each one over is reported. */
    boolean within(YamlNode.Mapping trust) {
        boolean schools = within(trust, "schools", "schools", limits.maxSchools(), LoadLimits.SCHOOLS);
        boolean growth = within(trust, "growth", "schools in the growth plan", limits.maxGrowth(), LoadLimits.GROWTH);
        return schools && growth;
    }

    private boolean within(YamlNode.Mapping trust, String section, String what, int limit, LoadLimits.Setting setting) {
        Optional<YamlNode.Entry> entry = trust.entry(section);
        if (entry.isEmpty()
                || !(entry.get().value() instanceof YamlNode.Sequence list)
                || list.items().size() <= limit) {
            return true;
        }
        problems.add(
                entry.get().keyLocation(),
                section,
                String.format(
                        "the trust lists %,d %s, over the limit of %,d that keeps a pack within 1 GiB of memory;"
                                + " split the trust's files, or raise the limit with %s",
                        list.items().size(), what, limit, setting.describe()));
        return false;
    }
}
