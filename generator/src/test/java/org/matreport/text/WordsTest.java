package org.matreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Consistency;

class WordsTest {

    @Test
    void aRangeWhoseEndsMatchIsOneDay() {
        LocalDate day = LocalDate.of(2027, 9, 1);
        assertEquals("on 1 September 2027", Words.dateRange(day, day));
        assertEquals("between 1 September 2027 and 1 September 2028", Words.dateRange(day, day.plusYears(1)));
    }

    @Test
    void possessivesFollowTheNamesEnding() {
        assertEquals("Federation of Academies'", Words.possessive("Federation of Academies"));
        assertEquals("Aurora Trust's", Words.possessive("Aurora Trust"));
        assertEquals("Holy Cross's", Words.possessive("Holy Cross"));
    }

    @Test
    void alternativesAreListedWithOr() {
        assertEquals("", Words.or(List.of()));
        assertEquals("a", Words.or(List.of("a")));
        assertEquals("a or b", Words.or(List.of("a", "b")));
        assertEquals("a, b or c", Words.or(List.of("a", "b", "c")));
        assertEquals("a, b and c", Words.and(List.of("a", "b", "c")));
    }

    @Test
    void consistencyReadsAsWords() {
        assertEquals("partly aligned", Words.consistency(Consistency.PARTLY));
        assertEquals("shared principles", Words.consistency(Consistency.SHARED_PRINCIPLES));
        assertEquals("school-led", Words.consistency(Consistency.SCHOOL_LED));
    }
}
