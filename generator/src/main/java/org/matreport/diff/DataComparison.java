package org.matreport.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.matreport.model.Alignment;
import org.matreport.model.Area;
import org.matreport.model.AreaPlan;
import org.matreport.model.GrowthSchool;
import org.matreport.model.Labelled;
import org.matreport.model.Measure;
import org.matreport.model.Outcome;
import org.matreport.model.PolicyChange;
import org.matreport.model.School;
import org.matreport.model.Strategy;
import org.matreport.model.Trust;
import org.matreport.model.Urn;
import org.matreport.model.Vision;
import org.matreport.text.Words;

/**
 * The changes in a trust's data that a board would want to hear about: schools that joined or left or moved group,
 * the strategy's cluster, each area's target and approach, outcome targets, growth dates, and the policy register
 * (changes expected, their dates, owners and assessments). Either trust may have
 * been read only in part (an older revision with problems), so every section is allowed to be missing.
 */
final class DataComparison {

    static final String NONE = "none";

    List<DataChange> compare(Trust before, Trust after) {
        return compare(before, after, true);
    }

    /**
     * With {@code beforeComplete} false the old trust was read only in part: a section missing from it may simply not
     * have been readable, so it is left out rather than reported as added.
     */
    List<DataChange> compare(Trust before, Trust after, boolean beforeComplete) {
        List<DataChange> changes = new ArrayList<>();
        if (beforeComplete || !before.schools().isEmpty()) {
            schools(before, after, changes);
        }
        if (beforeComplete || strategy(before) != null && strategy(before).cluster() != null) {
            cluster(before, after, changes);
        }
        if (beforeComplete || before.alignment() != null) {
            areas(before, after, changes);
        }
        if (beforeComplete || before.vision() != null) {
            outcomes(before, after, changes);
        }
        if (beforeComplete || !before.growth().isEmpty()) {
            growth(before, after, changes);
        }
        if (beforeComplete || !before.policy().isEmpty()) {
            policy(before, after, changes);
        }
        return changes;
    }

    private static void schools(Trust before, Trust after, List<DataChange> changes) {
        Map<Urn, School> old = byKey(before == null ? List.of() : before.schools(), School::urn);
        Map<Urn, School> now = byKey(after == null ? List.of() : after.schools(), School::urn);
        for (School school : now.values()) {
            School earlier = old.get(school.urn());
            if (earlier == null) {
                changes.add(new DataChange(
                        "School joined",
                        named(school.name(), school.urn()),
                        "not in the trust",
                        school.joined() == null ? "in the trust" : "joined " + school.joined()));
            } else if (!Objects.equals(earlier.group(), school.group())) {
                changes.add(new DataChange(
                        "School moved group",
                        named(school.name(), school.urn()),
                        or(earlier.group()),
                        or(school.group())));
            }
        }
        for (School school : old.values()) {
            if (!now.containsKey(school.urn())) {
                changes.add(new DataChange("School left", named(school.name(), school.urn()), "in the trust", "left"));
            }
        }
    }

    private static void cluster(Trust before, Trust after, List<DataChange> changes) {
        String old = label(strategy(before) == null ? null : strategy(before).cluster());
        String now = label(strategy(after) == null ? null : strategy(after).cluster());
        if (!old.equals(now)) {
            changes.add(new DataChange("Strategy cluster", "the trust", old, now));
        }
    }

    private static void areas(Trust before, Trust after, List<DataChange> changes) {
        Map<Area, AreaPlan> old = areas(before);
        Map<Area, AreaPlan> now = areas(after);
        Set<Area> all = EnumSet.noneOf(Area.class);
        all.addAll(old.keySet());
        all.addAll(now.keySet());
        for (Area area : all) {
            AreaPlan earlier = old.get(area);
            AreaPlan current = now.get(area);
            String oldTarget = label(earlier == null ? null : earlier.target());
            String newTarget = label(current == null ? null : current.target());
            if (!oldTarget.equals(newTarget)) {
                changes.add(new DataChange("Area target", words(area), oldTarget, newTarget));
            }
            String oldApproach = label(earlier == null ? null : earlier.approach());
            String newApproach = label(current == null ? null : current.approach());
            if (!oldApproach.equals(newApproach)) {
                changes.add(new DataChange("Area approach", words(area), oldApproach, newApproach));
            }
        }
    }

    private static void outcomes(Trust before, Trust after, List<DataChange> changes) {
        Map<String, Outcome> old = byKey(outcomes(before), Outcome::id);
        Map<String, Outcome> now = byKey(outcomes(after), Outcome::id);
        Set<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        for (String id : ids) {
            String oldTarget = old.containsKey(id) ? target(old.get(id).target()) : "no such outcome";
            String newTarget = now.containsKey(id) ? target(now.get(id).target()) : "no such outcome";
            if (!oldTarget.equals(newTarget)) {
                changes.add(new DataChange("Outcome target", id, oldTarget, newTarget));
            }
        }
    }

    private static void growth(Trust before, Trust after, List<DataChange> changes) {
        Map<String, GrowthSchool> old = byKey(before == null ? List.of() : before.growth(), DataComparison::identity);
        Map<String, GrowthSchool> now = byKey(after == null ? List.of() : after.growth(), DataComparison::identity);
        for (GrowthSchool school : now.values()) {
            GrowthSchool earlier = old.get(identity(school));
            if (earlier == null) {
                changes.add(new DataChange(
                        "Growth school added",
                        named(school.name(), school.urn()),
                        "not planned",
                        date(school.expected())));
            } else if (!Objects.equals(earlier.expected(), school.expected())) {
                changes.add(new DataChange(
                        "Growth date moved",
                        named(school.name(), school.urn()),
                        date(earlier.expected()),
                        date(school.expected())));
            }
        }
        for (GrowthSchool school : old.values()) {
            if (!now.containsKey(identity(school))) {
                changes.add(new DataChange(
                        "Growth school removed",
                        named(school.name(), school.urn()),
                        date(school.expected()),
                        "no longer planned"));
            }
        }
    }

    /** The policy register, entry by id: added, removed, or with a new date, owner or assessment. */
    private static void policy(Trust before, Trust after, List<DataChange> changes) {
        Map<String, PolicyChange> old = byKey(before == null ? List.of() : before.policy(), PolicyChange::id);
        Map<String, PolicyChange> now = byKey(after == null ? List.of() : after.policy(), PolicyChange::id);
        for (PolicyChange change : now.values()) {
            PolicyChange earlier = old.get(change.id());
            String name = or(change.title()) + " (" + change.id() + ")";
            if (earlier == null) {
                changes.add(new DataChange("Policy change added", name, "not expected", date(change.effective())));
                continue;
            }
            if (!Objects.equals(earlier.effective(), change.effective())) {
                changes.add(
                        new DataChange("Policy date moved", name, date(earlier.effective()), date(change.effective())));
            }
            if (!Objects.equals(earlier.owner(), change.owner())) {
                changes.add(new DataChange("Policy owner", name, or(earlier.owner()), or(change.owner())));
            }
            if (!Objects.equals(earlier.assessed(), change.assessed())) {
                changes.add(new DataChange(
                        "Policy assessed", name, assessed(earlier.assessed()), assessed(change.assessed())));
            }
        }
        for (PolicyChange change : old.values()) {
            if (!now.containsKey(change.id())) {
                changes.add(new DataChange(
                        "Policy change removed",
                        or(change.title()) + " (" + change.id() + ")",
                        date(change.effective()),
                        "no longer expected"));
            }
        }
    }

    private static String assessed(LocalDate date) {
        return date == null ? "not assessed" : date.toString();
    }

    /** A school in the pipeline is known by its URN once it has one, otherwise by its name. */
    private static String identity(GrowthSchool school) {
        if (school.urn() != null) {
            return school.urn().toString();
        }
        return school.name() == null ? null : school.name().strip().toLowerCase(Locale.ROOT);
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> keyed = new LinkedHashMap<>();
        for (V value : values) {
            K k = value == null ? null : key.apply(value);
            if (k != null) {
                keyed.putIfAbsent(k, value);
            }
        }
        return keyed;
    }

    private static Strategy strategy(Trust trust) {
        return trust == null ? null : trust.strategy();
    }

    private static Map<Area, AreaPlan> areas(Trust trust) {
        Alignment alignment = trust == null ? null : trust.alignment();
        return alignment == null ? Map.of() : alignment.areas();
    }

    private static List<Outcome> outcomes(Trust trust) {
        Vision vision = trust == null ? null : trust.vision();
        return vision == null ? List.of() : vision.outcomes();
    }

    private static String target(Measure target) {
        if (target == null) {
            return NONE;
        }
        return or(target.value()) + (target.year() == null ? "" : " by " + target.year());
    }

    private static String named(String name, Urn urn) {
        String shown = name == null ? "unnamed school" : name;
        return urn == null ? shown : shown + " (" + urn + ")";
    }

    /** {@code teacherDevelopment} as a board reads it: "teacher development". */
    private static String words(Area area) {
        return area.label().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String label(Labelled value) {
        return value == null ? Words.NOT_DECIDED : Words.label(value);
    }

    private static String date(LocalDate date) {
        return date == null ? "no date" : date.toString();
    }

    private static String or(String text) {
        return text == null ? NONE : text;
    }
}
