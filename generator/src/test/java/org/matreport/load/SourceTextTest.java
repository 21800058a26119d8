package org.matreport.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    private final SourceText source = new SourceText("t.yaml", "a: 1\nname: \"Tŷ 🌟 &x\"\n\nlast: &y\n");

    @Test
    void findsTheCharacterAtALineAndACodePointColumn() {
        assertEquals('a', source.charAt(1, 1));
        assertEquals('"', source.charAt(2, 7));
        assertEquals("🌟".codePointAt(0), source.charAt(2, 11));
        assertEquals('&', source.charAt(2, 13), "columns count code points, not UTF-16 units");
        assertEquals('&', source.charAt(4, 7));
    }

    @Test
    void answersZeroOutsideTheText() {
        assertEquals(0, source.charAt(0, 1));
        assertEquals(0, source.charAt(1, 5), "past the end of the line, not on the next one");
        assertEquals(0, source.charAt(3, 1), "an empty line");
        assertEquals(0, source.charAt(9, 1));
        assertEquals(0, source.charAt(2, 400));
    }

    @Test
    void findsTheFirstNonBreakingSpaceInAnIndent() {
        assertNull(source.nonBreakingIndent());
        assertNull(new SourceText("t.yaml", "name: a\u00a0b\n").nonBreakingIndent(), "inside a value it is text");
        assertArrayEquals(new int[] {3, 4}, new SourceText("t.yaml", "a:\n  - x\n  -\u00a0y\n").nonBreakingIndent());
    }
}
