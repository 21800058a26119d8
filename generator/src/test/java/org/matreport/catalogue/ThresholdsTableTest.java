package org.matreport.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.matreport.TestFiles;

/**
 * The program's thresholds against the catalogue's table of thresholds, restated as test data: the same names, the
 * same defaults, the same basis. A threshold the table marks optional may be missing from the program, not wrong.
 */
class ThresholdsTableTest {

    private record Row(String name, double defaultValue, Basis basis, boolean optional) {}

    private static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(TestFiles.resource("catalogue/thresholds.txt"), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.trim().split("\\s+");
            Basis basis =
                    switch (cells[2]) {
                        case "seed" -> Basis.SEED;
                        case "sector" -> Basis.SECTOR;
                        case "project" -> Basis.PROJECT_DEFAULT;
                        default -> throw new IllegalArgumentException("no basis '" + cells[2] + "' in: " + line);
                    };
            boolean optional = cells.length > 3 && cells[3].equals("optional");
            rows.put(cells[0], new Row(cells[0], Double.parseDouble(cells[1]), basis, optional));
        }
        return rows;
    }

    @Test
    void everyThresholdInTheTableIsTheProgramsWithItsDefaultAndBasis() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Row row : table().values()) {
            var threshold = Threshold.byKey(row.name());
            if (threshold.isEmpty()) {
                if (!row.optional()) {
                    wrong.add(row.name() + " is missing");
                }
                continue;
            }
            if (threshold.get().defaultValue() != row.defaultValue()) {
                wrong.add(
                        row.name() + " defaults to " + threshold.get().defaultValue() + ", not " + row.defaultValue());
            }
            if (threshold.get().basis() != row.basis()) {
                wrong.add(row.name() + " rests on " + threshold.get().basis() + ", not " + row.basis());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theProgramHasNoThresholdTheTableLacks() throws IOException {
        Set<String> extra = new TreeSet<>();
        for (Threshold t : Threshold.values()) {
            extra.add(t.key());
        }
        extra.removeAll(table().keySet());
        assertEquals(Set.of(), extra);
    }

    @Test
    void everyDefaultThatIsNotTheProjectsOwnNamesItsSource() {
        for (Threshold t : Threshold.values()) {
            if (t.basis() != Basis.PROJECT_DEFAULT) {
                assertFalse(t.grounds().isBlank(), t.key() + " should name its source");
            }
            assertTrue(t.basisText().startsWith(t.basis().label()), t.basisText());
        }
    }
}
