package org.matreport.gias;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matreport.model.Labelled;
import org.matreport.model.School;

/** Writes {@code schools} entries: one per school, register fields first, then the trust's own. */
final class SchoolsYaml {

    static final String HEADER = "schools:\n"
            + "  # Refreshed from the national register by 'matreport import-gias': urn, name, phase, region,\n"
            + "  # localAuthority, pupils and joined. group, performance, performanceBasis and\n"
            + "  # ownApproach are the trust's own and kept.\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Words a YAML reader could take for something other than text. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private static final java.util.regex.Pattern PLAIN =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} '&().,/-]*");

    /** A whole section, for a trust folder that has none yet or keeps it in a shape that cannot be edited in place. */
    String section(List<School> schools) {
        return HEADER + entries(schools, 2);
    }

    /** The entries alone, their dashes at {@code indent} spaces. */
    String entries(List<School> schools, int indent) {
        String dash = " ".repeat(indent) + "- ";
        String key = " ".repeat(indent + 2);
        StringBuilder yaml = new StringBuilder();
        for (School school : schools) {
            yaml.append(dash).append("urn: ").append(school.urn()).append('\n');
            Map<String, String> fields = registerValues(school);
            fields.put("group", text(school.group()));
            fields.put("performance", label(school.performance()));
            fields.put("performanceBasis", labels(school.performanceBasis()));
            fields.put("ownApproach", labels(school.ownApproach()));
            fields.forEach((name, value) -> {
                if (value != null) {
                    yaml.append(key).append(name).append(": ").append(value).append('\n');
                }
            });
        }
        return yaml.toString();
    }

    /** The register's fields of a school as YAML values, in the schema's order; {@code null} where empty. */
    static Map<String, String> registerValues(School school) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", text(school.name()));
        values.put("phase", label(school.phase()));
        values.put("region", label(school.region()));
        values.put("localAuthority", text(school.localAuthority()));
        values.put("pupils", school.pupils() == null ? null : school.pupils().toString());
        values.put("joined", school.joined() == null ? null : school.joined().toString());
        return values;
    }

    /** A flow list such as {@code [curriculum, pedagogy]}; {@code null} (left out) when empty. */
    private static String labels(List<? extends Labelled> values) {
        return values.isEmpty()
                ? null
                : "[" + String.join(", ", values.stream().map(Labelled::label).toList()) + "]";
    }

    private static String label(Labelled value) {
        return value == null ? null : text(value.label());
    }

    /** Plain when it can only be read as this text; otherwise double-quoted, which YAML reads as JSON does. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        if (PLAIN.matcher(value).matches()
                && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        try {
            // YAML, unlike JSON, reads these three as line breaks: write them as YAML's own escapes.
            return JSON.writeValueAsString(value)
                    .replace("\u0085", "\\N")
                    .replace("\u2028", "\\L")
                    .replace("\u2029", "\\P");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
