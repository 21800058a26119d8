package org.matreport.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matreport.load.Location;
import org.matreport.load.SourceMap;
import org.matreport.model.Trust;

/** Runs the check the way the tools do, with a source map laid out as a two-file trust folder would be. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private Fixtures() {}

    /**
     * Sections in {@code trust.yaml} on lines 10, 20, ..., schools in {@code schools.yaml} from line 2, growth and
     * acknowledgements written out item by item; other paths resolve to their nearest section.
     */
    static SourceMap sources(Trust trust) {
        Map<String, Location> at = new LinkedHashMap<>();
        List<String> sections = List.of("trust", "vision", "strategy", "alignment", "operatingModel", "settings");
        for (int i = 0; i < sections.size(); i++) {
            at.put(sections.get(i), new Location("trust.yaml", 10 * (i + 1), 1));
        }
        at.put("alignment.areas", new Location("trust.yaml", 41, 3));
        at.put("vision.outcomes", new Location("trust.yaml", 21, 3));
        at.put("operatingModel.models", new Location("trust.yaml", 51, 3));
        at.put("schools", new Location("schools.yaml", 1, 1));
        for (int i = 0; i < trust.schools().size(); i++) {
            at.put("schools[" + i + "]", new Location("schools.yaml", 2 + 10 * i, 5));
        }
        at.put("growth", new Location("growth.yaml", 1, 1));
        for (int i = 0; i < trust.growth().size(); i++) {
            at.put("growth[" + i + "]", new Location("growth.yaml", 2 + 10 * i, 5));
        }
        for (int i = 0; i < trust.acknowledgements().size(); i++) {
            at.put("acknowledgements[" + i + "]", new Location("trust.yaml", 200 + 5 * i, 5));
        }
        return new SourceMap(at);
    }

    static CheckResult check(Trust trust) {
        return new CoherenceCheck().run(trust, sources(trust), TODAY);
    }

    static CheckResult check(TrustBuilder trust) {
        return check(trust.build());
    }

    /** The findings of one rule, now and ahead. */
    static List<Finding> findings(TrustBuilder trust, String ruleId) {
        return check(trust).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .toList();
    }
}
