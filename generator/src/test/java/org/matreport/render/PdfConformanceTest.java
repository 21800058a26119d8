package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matreport.load.TrustLoader;
import org.matreport.support.Format;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDF checked by veraPDF against the two standards the pack claims: PDF/A-3u (archival) and PDF/UA-1. */
class PdfConformanceTest {

    @TempDir
    static Path out;

    private static final Map<String, byte[]> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        // The shipped example: real YAML, every section filled, and an SVG logo with its alternative text.
        PDFS.put(
                "example",
                pdf(new Packs()
                        .write(
                                new TrustLoader().load(Path.of("..", "example-trust")),
                                out.resolve("example"),
                                EnumSet.of(Format.PDF),
                                null,
                                null)));
        PDFS.put(
                "own-fonts",
                pdf(new Packs()
                        .write(
                                new TrustLoader().load(Path.of("..", "example-trust")),
                                out.resolve("own-fonts"),
                                EnumSet.of(Format.PDF),
                                ownFonts(),
                                null)));
        // Welsh, Polish and Urdu names: the fallback font and right-to-left text must conform too.
        PDFS.put(
                "letters",
                pdf(new Packs()
                        .write(PdfLettersTest.trust(), out.resolve("letters"), EnumSet.of(Format.PDF), null, null)));
    }

    /**
     * The trust's own stylesheet with a font of its own for headings, and one whose font file is missing: that family
     * prints in DejaVu Sans, and the PDF still embeds every font it uses.
     */
    private static Path ownFonts() throws IOException {
        Path templates = Files.createDirectories(out.resolve("own-fonts-templates/fonts"))
                .getParent();
        Files.write(templates.resolve("fonts/trust-display.ttf"), StyleResourcesTest.ownFont());
        Files.writeString(
                templates.resolve("pack.css"),
                StyleResourcesTest.builtInCss()
                        + "@font-face { font-family: 'Trust Display'; src: url(fonts/trust-display.ttf); }\n"
                        + "h1 { font-family: 'Trust Display'; }\n"
                        + "@font-face { font-family: 'Trust Serif'; src: url(fonts/missing.ttf); }\n"
                        + "h2 { font-family: 'Trust Serif'; }\n");
        return templates;
    }

    private static byte[] pdf(List<Path> written) throws IOException {
        return Files.readAllBytes(written.get(0));
    }

    static Stream<Arguments> packsAndStandards() {
        return Stream.of("example", "letters", "own-fonts")
                .flatMap(pack -> Stream.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1)
                        .map(flavour -> Arguments.of(pack, flavour)));
    }

    @ParameterizedTest
    @MethodSource("packsAndStandards")
    void conformsTo(String pack, PDFAFlavour flavour) throws Exception {
        try (InputStream in = new ByteArrayInputStream(PDFS.get(pack));
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), pack + " " + flavour + " failures:\n" + failures);
        }
    }
}
