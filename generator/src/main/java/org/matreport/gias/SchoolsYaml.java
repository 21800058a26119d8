package org.matreport.gias;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.matreport.model.Labelled;
import org.matreport.model.School;

/** Writes the {@code schools} section: one entry per school, register fields first, then the trust's own. */
final class SchoolsYaml {

    static final String HEADER = "schools:\n"
            + "  # Refreshed from the national register by 'matreport import-gias': urn, name, phase, region,\n"
            + "  # localAuthority, pupils and joined. group, performance and ownApproach are the trust's own and kept.\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Words a YAML reader could take for something other than text. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private static final java.util.regex.Pattern PLAIN =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} '&().,/-]*");

    String write(List<School> schools) {
        StringBuilder yaml = new StringBuilder(HEADER);
        for (School school : schools) {
            yaml.append("  - urn: ").append(school.urn()).append('\n');
            field(yaml, "name", text(school.name()));
            field(yaml, "phase", label(school.phase()));
            field(yaml, "region", label(school.region()));
            field(yaml, "localAuthority", text(school.localAuthority()));
            field(
                    yaml,
                    "pupils",
                    school.pupils() == null ? null : school.pupils().toString());
            field(
                    yaml,
                    "joined",
                    school.joined() == null ? null : school.joined().toString());
            field(yaml, "group", text(school.group()));
            field(yaml, "performance", label(school.performance()));
            if (!school.ownApproach().isEmpty()) {
                field(
                        yaml,
                        "ownApproach",
                        "["
                                + String.join(
                                        ", ",
                                        school.ownApproach().stream()
                                                .map(Labelled::label)
                                                .toList()) + "]");
            }
        }
        return yaml.toString();
    }

    private static void field(StringBuilder yaml, String key, String value) {
        if (value != null) {
            yaml.append("    ").append(key).append(": ").append(value).append('\n');
        }
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
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
