package org.matreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void foldsDiacriticsAndJoinsWordsWithHyphens() {
        assertEquals("northern-lights-academy-trust", Slug.of("Northern Lights Academy Trust"));
        assertEquals("ymddiriedolaeth-ty-wyn", Slug.of("Ymddiriedolaeth Tŷ Ŵyn"));
        assertEquals("st-john-s-lodz-strasse-trust", Slug.of("  St. John's Łódź Straße -- Trust! "));
    }

    @Test
    void aNameWithoutLatinLettersStillGivesAFileName() {
        assertEquals("trust", Slug.of("اکیڈمی ٹرسٹ"));
    }
}
