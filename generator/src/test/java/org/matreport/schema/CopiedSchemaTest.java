package org.matreport.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trust folder's copy of the schema is reported when it no longer matches this matreport's. */
class CopiedSchemaTest {

    @TempDir
    Path temp;

    @Test
    void aCurrentCopyOrNoCopySaysNothing() throws Exception {
        assertEquals(Optional.empty(), CopiedSchema.staleness(temp));
        Files.writeString(temp.resolve(CopiedSchema.FILE), TrustSchema.shipped());
        assertEquals(Optional.empty(), CopiedSchema.staleness(temp), "the copy init writes");
        // Formatted differently, the same schema is still current.
        Files.writeString(temp.resolve(CopiedSchema.FILE), TrustSchema.shipped().replace("\n", "\r\n  "));
        assertEquals(Optional.empty(), CopiedSchema.staleness(temp));
    }

    @Test
    void aCopyMissingAFieldIsStaleAndTheRefreshCommandIsGiven() throws Exception {
        Path copy = temp.resolve(CopiedSchema.FILE);
        String current = TrustSchema.shipped();
        String older = current.replaceFirst("\"boardMeeting\"", "\"boardMeetingOld\"");
        assertTrue(!older.equals(current), "the schema has no boardMeeting to take out");
        Files.writeString(copy, older);
        String said = CopiedSchema.staleness(temp).orElseThrow();
        assertTrue(said.endsWith("refresh it with: matreport schema -o " + copy), said);
    }

    @Test
    void aCopyThatIsNotJsonIsStale() throws Exception {
        Files.writeString(temp.resolve(CopiedSchema.FILE), "{ not json");
        assertTrue(CopiedSchema.staleness(temp).isPresent());
    }
}
