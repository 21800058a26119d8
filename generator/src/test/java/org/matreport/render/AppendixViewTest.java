package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.model.Severity.ERROR;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendixViewTest {

    private static String severity(AppendixView appendix, String rule) {
        return appendix.rules().stream()
                .filter(r -> r.id().equals(rule))
                .findFirst()
                .orElseThrow()
                .severity();
    }

    @Test
    void theCatalogueGivesARuleTheSeverityItsFindingCarries() {
        // A missing new-school policy is a warning by default and an error once schools are expected to join: the
        // catalogue must not call the rule a warning beside a finding that is an error.
        AppendixView appendix = AppendixView.of(
                MadeFindings.reading(MadeFindings.ahead("BRK-506", ERROR, LocalDate.of(2027, 9, 1), "Orion")),
                List.of());
        assertEquals("error (default warning)", severity(appendix, "BRK-506"));
        assertEquals("warning", severity(appendix, "BRK-501"), "a rule without findings keeps its own");
    }

    @Test
    void aShortAppendixKeepsOnlyTheThresholdsTheTrustChanged() {
        AppendixView full = AppendixView.of(MadeFindings.reading(MadeFindings.now("INT-601", WARNING)), List.of());
        AppendixView cut = full.as(Appendix.SHORT);
        assertEquals(Appendix.SHORT, cut.mode());
        assertEquals(full.changedThresholds(), cut.changedThresholds());
        assertEquals(
                full.thresholds().stream()
                        .filter(t -> !t.value().equals(t.byDefault()))
                        .toList(),
                cut.changedThresholds());
    }

    @Test
    void eachFormatHasItsOwnAppendixUnlessOneIsAskedFor() {
        assertEquals(Appendix.SHORT, Appendix.forFormat(null, org.matreport.support.Format.PDF));
        assertEquals(Appendix.FULL, Appendix.forFormat(null, org.matreport.support.Format.HTML));
        assertEquals(Appendix.FULL, Appendix.forFormat(null, org.matreport.support.Format.MARKDOWN));
        assertEquals(Appendix.NONE, Appendix.forFormat(Appendix.NONE, org.matreport.support.Format.PDF));
        assertEquals(Appendix.SHORT, Appendix.parse(" Short "));
    }
}
