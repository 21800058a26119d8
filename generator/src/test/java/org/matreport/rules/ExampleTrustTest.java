package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.matreport.findings.TextReport;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.model.Severity;

/** The shipped example and starter trusts are built to be coherent: the check finds no errors in them. */
class ExampleTrustTest {

    private static CheckResult check(Path folder) throws Exception {
        LoadedTrust trust = new TrustLoader().load(folder);
        return new CoherenceCheck().run(trust, LocalDate.of(2026, 11, 1));
    }

    @Test
    void theExampleTrustHasNoErrors() throws Exception {
        CheckResult result = check(Path.of("..", "example-trust"));

        assertEquals(0, result.count(Severity.ERROR), new TextReport().write(result));
    }

    @Test
    void theStarterTrustHasNoErrors() throws Exception {
        CheckResult result = check(Path.of("src", "main", "resources", "org", "matreport", "starter"));

        assertEquals(0, result.count(Severity.ERROR), new TextReport().write(result));
    }
}
