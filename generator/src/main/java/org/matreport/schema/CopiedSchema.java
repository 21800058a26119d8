package org.matreport.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The copy of the JSON Schema that {@code matreport init} left in a trust folder for editors. A newer matreport may
 * know fields the copy does not, and an editor would then underline correct YAML, so a copy that differs from this
 * matreport's schema is reported with the command that refreshes it.
 */
public final class CopiedSchema {

    /** The file name init writes and the trust files name on their first line. */
    public static final String FILE = "trust.schema.json";

    /** Made on first use only: most copies are told current without it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private CopiedSchema() {}

    /** A sentence saying the copy in the folder is stale and how to refresh it; empty when it is current or absent. */
    public static Optional<String> staleness(Path trustFolder) {
        Path copy = trustFolder.resolve(FILE);
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(copy, StandardCharsets.UTF_8);
            String shipped = TrustSchema.shipped();
            // A copy as init wrote it is the shipped text to the byte: the common case, told without a JSON parser,
            // which a cold check would otherwise start only for this.
            if (text.equals(shipped) || Json.MAPPER.readTree(text).equals(Json.MAPPER.readTree(shipped))) {
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            // Not JSON at all: stale in the only way that matters to an editor.
        } catch (IOException e) {
            return Optional.empty(); // unreadable: the loader has its own word on unreadable folders
        }
        return Optional.of(FILE + " differs from the schema of this matreport, so editors may mark correct fields"
                + " as mistakes; refresh it with: matreport schema -o " + copy);
    }
}
