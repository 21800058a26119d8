package org.matreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInNamesSortAsNumbers() {
        List<String> names = new ArrayList<>(List.of("Academy 11", "Academy 2", "Academy 1", "Academy 10"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("Academy 1", "Academy 2", "Academy 10", "Academy 11"), names);
    }

    @Test
    void lettersSortAsAReaderExpectsWithAccentsAndCaseSecond() {
        List<String> names = new ArrayList<>(List.of("Ysgol Tŷ Ŵyn", "beckside", "Brontë Primary", "Bronte Primary"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("beckside", "Bronte Primary", "Brontë Primary", "Ysgol Tŷ Ŵyn"), names);
    }

    @Test
    void theOrderIsTotalSoTwoDifferentNamesNeverTie() {
        int order = Integer.signum(NaturalOrder.INSTANCE.compare("Hub 02", "Hub 2"));
        assertEquals(-order, Integer.signum(NaturalOrder.INSTANCE.compare("Hub 2", "Hub 02")));
        org.junit.jupiter.api.Assertions.assertNotEquals(0, order);
        assertEquals(0, NaturalOrder.INSTANCE.compare("Hub 2", "Hub 2"));
    }
}
