package org.matreport.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

    @Test
    void plainWordsStayAsTheyAre() {
        assertEquals(
                "Ysgol Gynradd Tŷ Ŵyn, 18.5% in 2025/26",
                MarkdownEscaper.escape("Ysgol Gynradd Tŷ Ŵyn, 18.5% in 2025/26"));
    }

    @Test
    void inlineMarkupIsEscaped() {
        assertEquals(
                "a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<b\\> \\& \\~\\~h\\~\\~ \\\\",
                MarkdownEscaper.escape("a | b *c* _d_ `e` [f](g) <b> & ~~h~~ \\"));
    }

    @Test
    void blockMarkupAtTheStartIsEscaped() {
        assertEquals("\\# heading", MarkdownEscaper.escape("# heading"));
        assertEquals("\\- item", MarkdownEscaper.escape("- item"));
        assertEquals("\\+ item", MarkdownEscaper.escape("+ item"));
        assertEquals("\\===", MarkdownEscaper.escape("==="));
        assertEquals("2026\\. was a year", MarkdownEscaper.escape("2026. was a year"));
        assertEquals("3\\)", MarkdownEscaper.escape("3)"));
        assertEquals("well - done #1", MarkdownEscaper.escape("well - done #1"));
    }

    @Test
    void lineBreaksAndIndentsCannotStartNewBlocks() {
        assertEquals("one # two \\| --- \\| three", MarkdownEscaper.escape("  one\n# two\r\n| --- |\n\n    three  "));
    }

    /** GitHub links bare http://, ftp:// and www. addresses by itself; only https and mailto links may survive. */
    @Test
    void bareHttpAndWwwAddressesDoNotBecomeLinks() {
        assertEquals(
                "see http\\://example.org/a and HTTP\\://x",
                MarkdownEscaper.escape("see http://example.org/a and HTTP://x"));
        assertEquals("ftp\\://files.example.org", MarkdownEscaper.escape("ftp://files.example.org"));
        assertEquals(
                "visit www\\.example.org or WWW\\.x.org", MarkdownEscaper.escape("visit www.example.org or WWW.x.org"));
        assertEquals("https://example.org", MarkdownEscaper.escape("https://example.org"));
        assertEquals("ratio 3:2 at 10:30", MarkdownEscaper.escape("ratio 3:2 at 10:30"));
    }
}
