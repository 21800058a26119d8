package org.matreport.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.matreport.catalogue.Threshold;
import org.matreport.model.Acknowledgement;
import org.matreport.model.Group;
import org.matreport.model.GrowthSchool;
import org.matreport.model.Measure;
import org.matreport.model.Outcome;
import org.matreport.model.PolicyChange;
import org.matreport.model.School;
import org.matreport.model.Settings;
import org.matreport.model.Trust;
import org.matreport.model.Unit;
import org.matreport.model.Urn;

/**
 * Checks what no single field can: that ids and URNs are unique, that every reference names something that exists,
 * that the schema version is one this build reads, and that measures are numbers where the unit says so. Works on a
 * trust that may be partly unread (null fields), and places each problem through the source map.
 */
final class ReferenceCheck {

    static final String SUPPORTED_SCHEMA = "matreport/v1";
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final Problems problems;
    private final ModelBinder binder;
    private final SourceMap sources;
    private final YamlNode.Mapping root;
    private final RuleIds ruleIds;

    ReferenceCheck(Problems problems, ModelBinder binder, SourceMap sources, YamlNode.Mapping root, RuleIds ruleIds) {
        this.problems = problems;
        this.binder = binder;
        this.sources = sources;
        this.root = root;
        this.ruleIds = ruleIds;
    }

    void check(Trust trust) {
        if (trust.schema() != null && !trust.schema().equals(SUPPORTED_SCHEMA)) {
            report(
                    "schema",
                    "schema '" + trust.schema() + "' is not supported; this version reads: " + SUPPORTED_SCHEMA);
        }
        if (trust.vision() != null) {
            unique(trust.vision().outcomes(), Outcome::id, "id", "outcome id");
            trust.vision().outcomes().forEach(this::measuresAreNumbers);
        }
        List<Group> groups = trust.operatingModel() == null
                ? List.of()
                : trust.operatingModel().groups();
        unique(groups, Group::id, "id", "group id");
        Map<Urn, String> schoolUrns = unique(trust.schools(), School::urn, "urn", "URN");
        growthUrns(trust.growth(), schoolUrns);
        unique(trust.policy(), PolicyChange::id, "id", "policy id");
        List<String> groupIds =
                groups.stream().map(Group::id).filter(Objects::nonNull).toList();
        // References are only judged against complete lists: an id or URN that could not be read is reported
        // already, and judging without it would add false "no such group" messages.
        if (trust.operatingModel() != null && groupIds.size() == groups.size()) {
            trust.schools().forEach(s -> groupExists(s, s.group(), groupIds));
            trust.growth().forEach(g -> groupExists(g, g.group(), groupIds));
        }
        boolean schoolsComplete = root.get("schools").isPresent()
                && trust.schools().stream().allMatch(s -> s.urn() != null)
                && root.get("schools")
                        .filter(YamlNode.Sequence.class::isInstance)
                        .map(n -> ((YamlNode.Sequence) n).items().size()
                                == trust.schools().size())
                        .orElse(false);
        for (Group group : schoolsComplete ? groups : List.<Group>of()) {
            if (group.lead() != null && !schoolUrns.containsKey(group.lead())) {
                report(
                        binder.pathOf(group) + ".lead",
                        "no school has URN " + group.lead() + "; a group's lead must be one of the trust's schools");
            }
        }
        trust.acknowledgements().forEach(this::ruleExists);
        if (trust.settings() != null) {
            settings(trust.settings());
        }
    }

    /** Reports each repeat with the place of the first; returns the first place of each value. */
    private <T, V> Map<V, String> unique(List<T> items, Function<T, V> value, String key, String what) {
        Map<V, String> first = new LinkedHashMap<>();
        for (T item : items) {
            V v = value.apply(item);
            if (v == null) {
                continue;
            }
            String path = binder.pathOf(item) + "." + key;
            String earlier = first.putIfAbsent(v, path);
            if (earlier != null) {
                report(
                        path,
                        "duplicate " + what + " '" + v + "'; it is already used at " + placeOf(earlier) + " (" + earlier
                                + ")");
            }
        }
        return first;
    }

    private void growthUrns(List<GrowthSchool> growth, Map<Urn, String> schoolUrns) {
        Map<Urn, String> first = new HashMap<>();
        for (GrowthSchool school : growth) {
            if (school.urn() == null) {
                continue;
            }
            String path = binder.pathOf(school) + ".urn";
            String open = schoolUrns.get(school.urn());
            String earlier = first.putIfAbsent(school.urn(), path);
            if (open != null) {
                report(
                        path,
                        "URN " + school.urn() + " belongs to an open school at " + placeOf(open) + " (" + open
                                + "); a school that has joined is listed under 'schools' only");
            } else if (earlier != null) {
                report(
                        path,
                        "duplicate URN '" + school.urn() + "'; it is already used at " + placeOf(earlier) + " ("
                                + earlier + ")");
            }
        }
    }

    private void groupExists(Record school, String group, List<String> groupIds) {
        if (group == null || groupIds.contains(group)) {
            return;
        }
        String path = binder.pathOf(school) + ".group";
        if (groupIds.isEmpty()) {
            report(
                    path,
                    "no group '" + group + "'; operatingModel.groups defines none, so add the group there "
                            + "or remove this line");
        } else {
            String near = Suggestions.didYouMean(group, groupIds);
            report(
                    path,
                    "no group '" + group + "'"
                            + (near.isEmpty() ? "; the groups are: " + String.join(", ", groupIds) : near));
        }
    }

    private void ruleExists(Acknowledgement acknowledgement) {
        if (acknowledgement.rule() != null) {
            knownRule(binder.pathOf(acknowledgement) + ".rule", acknowledgement.rule());
        }
    }

    private void knownRule(String path, String id) {
        if (!ruleIds.contains(id)) {
            String near = Suggestions.didYouMean(id, ruleIds.ids());
            report(
                    path,
                    "no rule '" + id + "' in the catalogue"
                            + (near.isEmpty() ? "; rule ids look like BRK-503 (see the rule catalogue)" : near));
        }
    }

    private void settings(Settings settings) {
        String at = binder.pathOf(settings);
        List<String> names =
                Arrays.stream(Threshold.values()).map(Threshold::key).toList();
        for (var threshold : settings.thresholds().entrySet()) {
            String name = threshold.getKey();
            if (Threshold.byKey(name).isEmpty()) {
                String near = Suggestions.didYouMean(name, names);
                report(
                        at + ".thresholds." + name,
                        "no threshold '" + name + "'"
                                + (near.isEmpty() ? "; the thresholds are: " + String.join(", ", names) : near));
            } else {
                ThresholdRange.of(name)
                        .refusal(threshold.getValue())
                        .ifPresent(refusal -> report(at + ".thresholds." + name, refusal));
            }
        }
        for (String id : settings.severity().keySet()) {
            knownRule(at + ".severity." + id, id);
        }
        // Read from the tree rather than the bound list, whose positions shift if an item could not be read.
        root.get("settings")
                .filter(YamlNode.Mapping.class::isInstance)
                .map(YamlNode.Mapping.class::cast)
                .flatMap(m -> m.get("disabled"))
                .filter(YamlNode.Sequence.class::isInstance)
                .map(YamlNode.Sequence.class::cast)
                .ifPresent(list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        if (list.items().get(i) instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT) {
                            knownRule(at + ".disabled[" + i + "]", s.text());
                        }
                    }
                });
    }

    private void measuresAreNumbers(Outcome outcome) {
        if (outcome.unit() == Unit.TEXT) {
            return;
        }
        String unit =
                outcome.unit() == null ? "no unit" : "unit " + outcome.unit().label();
        measure(outcome, outcome.baseline(), "baseline", unit);
        measure(outcome, outcome.target(), "target", unit);
    }

    private void measure(Outcome outcome, Measure measure, String which, String unit) {
        if (measure != null
                && measure.value() != null
                && !NUMBER.matcher(measure.value()).matches()) {
            report(
                    binder.pathOf(outcome) + "." + which + ".value",
                    "expected a number for an outcome with " + unit + ", found '" + measure.value()
                            + "'; write a number, or set 'unit: text' for a measure in words");
        }
    }

    private String placeOf(String path) {
        return sources.nearest(path).map(Location::toString).orElse(TrustLoader.MAIN_FILE);
    }

    private void report(String path, String message) {
        Location at = sources.nearest(path).orElse(Location.ofFile(TrustLoader.MAIN_FILE));
        problems.add(at, path, message);
    }
}
