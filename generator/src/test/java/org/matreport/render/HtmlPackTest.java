package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.Format;

class HtmlPackTest {

    @TempDir
    Path out;

    private final Packs packs = new Packs();

    @Test
    void isOneSelfContainedPageWithLanguageAndTitle() throws Exception {
        String html = packs.text(TestTrusts.northernLights(), out, Format.HTML);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<html lang=\"en-GB\""), "lang");
        assertTrue(html.contains("<title>Northern Lights Academy Trust: strategy pack 2026/27</title>"), "title");
        assertTrue(html.contains("<meta name=\"description\" content=\"The board&#39;s strategy pack"), "description");
        assertTrue(html.contains("<style>"), "inline CSS");
        assertFalse(html.contains("http:") || html.contains("https:"), "no external request");
        assertFalse(html.toLowerCase().contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no linked resources");
        assertFalse(html.contains("<#") || html.contains("${"), "no template code left over");
    }

    @Test
    void everyContentsLinkLandsOnAHeading() throws Exception {
        String html = packs.text(TestTrusts.northernLights(), out, Format.HTML);
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int count = 0;
        while (links.find()) {
            count++;
            assertTrue(html.contains(" id=\"" + links.group(1) + "\""), "anchor " + links.group(1));
        }
        assertEquals(9, count, "one link for each section after the cover");
    }

    @Test
    void hostileTextArrivesAsTextNotAsMarkup() throws Exception {
        String html = packs.text(TestTrusts.hostile(), out, Format.HTML);
        assertFalse(html.contains("<script>"), "no script element from the data");
        assertFalse(html.contains("<em>Star</em>") || html.contains("<em>Under</em>"), "no emphasis from the data");
        assertTrue(
                html.contains("<td>&lt;script&gt;alert('x')&lt;/script&gt; Pipe | *Star* _Under_ Academy</td>"), html);
    }

    @Test
    void theSameTrustGivesTheSameBytes() throws Exception {
        String first = packs.text(TestTrusts.northernLights(), out.resolve("a"), Format.HTML);
        String second = packs.text(TestTrusts.northernLights(), out.resolve("b"), Format.HTML);
        assertEquals(first, second);
    }
}
