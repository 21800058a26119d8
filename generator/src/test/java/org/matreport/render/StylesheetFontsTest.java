package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With PDF/A on, a font-family the PDF renderer does not know leaves it without fonts; so every one is known. */
class StylesheetFontsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pack.css", "paged.css", "phone.css"})
    void everyFontFamilyInTheBuiltInStylesheetsIsRegistered(String stylesheet) throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream(Templates.BUILT_IN + "/" + stylesheet)) {
            assertTrue(in != null, stylesheet + " is on the class path");
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> families = new ArrayList<>();
        Matcher m = Pattern.compile("font-family\\s*:\\s*([^;}]+)").matcher(css);
        while (m.find()) {
            for (String family : m.group(1).split(",")) {
                families.add(family.strip().replaceAll("^[\"']|[\"']$", ""));
            }
        }
        for (String family : families) {
            assertTrue(PdfWriter.FAMILIES.contains(family), family + " is registered with the PDF renderer");
        }
        assertFalse(css.contains("font:"), "the font shorthand would hide a family from this check");
    }
}
