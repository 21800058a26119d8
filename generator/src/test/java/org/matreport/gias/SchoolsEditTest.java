package org.matreport.gias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Phase;
import org.matreport.model.Region;
import org.matreport.model.School;
import org.matreport.model.Urn;

/** Editing a schools section in place, and when it is left to be written afresh. */
class SchoolsEditTest {

    private static School aurora(int pupils) {
        return new School(
                new Urn(100001),
                "Aurora Primary Academy",
                Phase.PRIMARY,
                Region.NORTH_EAST,
                null,
                pupils,
                LocalDate.of(2020, 9, 1),
                "north",
                null,
                List.of(),
                List.of());
    }

    @Test
    void aCommentAfterARegisterValueKeepsItsColumn() {
        String section = "schools:\n  - urn: 100001\n    name: Aurora\n    pupils: 420    # autumn census\n"
                + "    group: north\n";
        String edited = new SchoolsEdit().update(section, List.of(aurora(1234))).orElseThrow();
        assertTrue(edited.contains("    pupils: 1234   # autumn census\n"), edited);
        assertTrue(edited.contains("    name: Aurora Primary Academy\n"), edited);
    }

    @Test
    void missingRegisterFieldsAreAddedAfterThoseThere() {
        String section = "schools:\n- urn: 100001\n  name: Aurora\n  group: north\n";
        String edited = new SchoolsEdit().update(section, List.of(aurora(420))).orElseThrow();
        assertEquals(
                "schools:\n- urn: 100001\n  name: Aurora Primary Academy\n  phase: primary\n  region: North East\n"
                        + "  pupils: 420\n  joined: 2020-09-01\n  group: north\n",
                edited);
    }

    @Test
    void windowsLineEndingsAreKept() {
        String section =
                "schools:   # from the register\r\n  - urn: 100001\r\n    name: Aurora\r\n" + "    group: north\r\n";
        String edited = new SchoolsEdit().update(section, List.of(aurora(420))).orElseThrow();
        assertTrue(edited.startsWith("schools:   # from the register\r\n  - urn: 100001\r\n"), edited);
        assertTrue(edited.contains("    name: Aurora Primary Academy\r\n"), edited);
        assertEquals(-1, edited.replace("\r\n", "").indexOf('\n'), "every line ends in CRLF");
    }

    @Test
    void aFlowStyleSectionIsLeftToBeWrittenAfresh() {
        String section = "schools: [{urn: 100001, name: Aurora}]\n";
        assertTrue(new SchoolsEdit().update(section, List.of(aurora(420))).isEmpty());
    }

    @Test
    void namesThatYamlWouldMisreadAreQuoted() {
        assertEquals("Aurora Primary Academy", SchoolsYaml.text("Aurora Primary Academy"));
        assertEquals("St Mary's (VA) Church School", SchoolsYaml.text("St Mary's (VA) Church School"));
        assertEquals("\"No\"", SchoolsYaml.text("No"));
        assertEquals("\"Class: A # 1\"", SchoolsYaml.text("Class: A # 1"));
        assertEquals("\"1st Academy\"", SchoolsYaml.text("1st Academy"));
        assertEquals("\"Line\\Lbreak\"", SchoolsYaml.text("Line\u2028break"));
    }
}
