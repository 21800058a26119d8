package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void plainTextIsEscapedLikeAnyValue() {
        assertEquals("Every child reads \\| writes", Prose.markdown("Every child reads | writes"));
    }

    @Test
    void emphasisStrongAndSafeLinksSurvive() {
        assertEquals(
                "We *teach* **one** curriculum; see [our plan](<https://example.org/plan?a=1&b=2>) or "
                        + "[write](<mailto:board@example.org>).",
                Prose.markdown("We _teach_ __one__ curriculum; see [our plan](https://example.org/plan?a=1&b=2) or "
                        + "[write](mailto:board@example.org)."));
        assertEquals("[https://example.org](<https://example.org>)", Prose.markdown("<https://example.org>"));
    }

    @Test
    void scriptAndRawHtmlPrintAsTheirText() {
        assertEquals("\\<script\\>alert(1)\\</script\\> hi", Prose.markdown("<script>alert(1)</script> hi"));
        assertEquals(
                "\\<div onclick=\"x()\"\\> block \\</div\\>", Prose.markdown("<div onclick=\"x()\">\nblock\n</div>"));
        assertEquals("a \\<img src=x onerror=alert(1)\\> b", Prose.markdown("a <img src=x onerror=alert(1)> b"));
    }

    @Test
    void linksToAnythingButHttpsOrMailtoKeepOnlyTheirWords() {
        assertEquals("click me", Prose.markdown("[click me](javascript:alert(1))"));
        assertEquals("click", Prose.markdown("[click](JavaScript:alert(1))"));
        assertEquals("plain", Prose.markdown("[plain](http://example.org)"));
        assertEquals("data", Prose.markdown("[data](data:text/html;base64,PHNjcmlwdD4=)"));
        assertEquals("file", Prose.markdown("[file](file:///etc/passwd)"));
        assertEquals("ref", Prose.markdown("[ref][x]\n\n[x]: javascript:alert(1)"));
    }

    @Test
    void imagesBecomeTheirAltText() {
        assertEquals("a tracker here", Prose.markdown("a ![tracker](http://127.0.0.1:9/pixel.png) here"));
        assertEquals("x", Prose.markdown("![x](https://example.org/x.png)"));
    }

    @Test
    void templateSyntaxIsOnlyText() {
        assertEquals("${7\\*7} \\<#assign x=1\\> #{x}", Prose.markdown("${7*7} <#assign x=1> #{x}"));
    }

    @Test
    void blocksFoldIntoOneParagraph() {
        assertEquals(
                "Title first item second item quote code",
                Prose.markdown("# Title\n\n- first item\n- second item\n\n> quote\n\n    code\n"));
    }

    @Test
    void aLinkCannotBreakOutOfItsDestination() {
        assertEquals("[x](<https://example.org/a%3Eb%22%3C>)", Prose.markdown("[x](https://example.org/a>b\"<)"));
        assertEquals("[x](<https://example.org/>)\\<script\\>", Prose.markdown("[x](<https://example.org/>)<script>"));
    }

    /** A reason, criteria or description in a table cell, however it was written, stays in that one cell. */
    @Test
    void textOverSeveralLinesStaysInOneCell() {
        assertEquals(
                "Two years of *secure* outcomes, \\| reviewed yearly. The board decides.",
                Prose.markdown("Two years of *secure* outcomes,\n| reviewed yearly.\n\nThe board decides.\n"));
    }

    /** Numbers that open a value, as in a numbered value or a year, are the trust's words, not a list's markers. */
    @Test
    void aNumberOpeningTheTextIsKept() {
        assertEquals("1\\. Ambition", Prose.markdown("1. Ambition"));
        assertEquals("2027\\. A trustee joins", Prose.markdown("2027. A trustee joins"));
        assertEquals("3) *Kindness*", Prose.markdown("3) *Kindness*").replace("\\", ""));
    }

    @Test
    void bareHttpAndWwwAddressesInProseStayWords() {
        assertEquals(
                "minutes at http\\://example.org/m and www\\.example.org; [https://example.org](<https://example.org>)",
                Prose.markdown("minutes at http://example.org/m and www.example.org; <https://example.org>"));
        assertEquals("http\\://example.org", Prose.markdown("<http://example.org>"));
    }
}
