package org.matreport.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.rules.CheckResult;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;

/** The SARIF report is valid SARIF 2.1.0 by the OASIS schema, for a trust that has findings of every kind. */
class SarifSchemaTest {

    private static final Path INCOHERENT = Path.of("src", "test", "resources", "trusts", "incoherent");

    private static Schema sarif;

    @BeforeAll
    static void readTheSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF 2.1.0 schema should be on the test classpath");
            sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }
    }

    @Test
    void theIncoherentTrustsSarifIsValid() throws Exception {
        LoadedTrust trust = new TrustLoader(Rulebook.ids()).load(INCOHERENT);
        CheckResult result = new CoherenceCheck().run(trust, LocalDate.of(2026, 11, 25));
        assertTrue(result.findings().size() > 10, "the incoherent trust should give many findings");

        JsonNode report = new ObjectMapper().readTree(new SarifReport("trusts/incoherent").write(result));
        List<Error> errors = sarif.validate(report);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        assertEquals(
                result.findings().size(),
                report.at("/runs/0/results").size(),
                "every finding, acknowledged or not, is a result");
    }

    /** The schema must be able to say no, or the test above proves nothing. */
    @Test
    void theSchemaRefusesABrokenReport() throws Exception {
        LoadedTrust trust = new TrustLoader(Rulebook.ids()).load(INCOHERENT);
        CheckResult result = new CoherenceCheck().run(trust, LocalDate.of(2026, 11, 25));
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(new SarifReport("").write(result));
        ((ObjectNode) report.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(sarif.validate(report).isEmpty());
    }
}
