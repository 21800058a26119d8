package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matreport.engine.Format;
import org.matreport.load.TrustLoader;
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

    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        // The shipped example: real YAML, every section filled, and an SVG logo with its alternative text.
        pdf = Files.readAllBytes(new Packs()
                .write(new TrustLoader().load(Path.of("..", "example-trust")), out, EnumSet.of(Format.PDF), null, null)
                .get(0));
    }

    @ParameterizedTest
    @EnumSource(
            value = PDFAFlavour.class,
            names = {"PDFA_3_U", "PDFUA_1"})
    void conformsTo(PDFAFlavour flavour) throws Exception {
        try (InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), flavour + " failures:\n" + failures);
        }
    }
}
