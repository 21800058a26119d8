package org.matreport.load;

import java.util.Locale;

/** Turns the YAML parser's wording into a message trust staff can act on. */
final class SyntaxMessages {

    private SyntaxMessages() {}

    static String explain(String problem, String context) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("tab")) {
            return "a tab is used for indentation here; indent with spaces only";
        }
        if (p.contains("mapping values are not allowed")) {
            return "YAML syntax error: a ':' is not allowed here; check the indentation, or quote a value that holds ': '";
        }
        if (p.contains("could not find expected ':'")) {
            return "YAML syntax error: expected 'key: value' here; check for a missing ':' or uneven indentation";
        }
        if (p.contains("expected <block end>")) {
            return "YAML syntax error: this line's indentation does not line up with the lines above it";
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected end")) {
            return "YAML syntax error: a quoted value starts here but its closing quote is missing";
        }
        if (p.contains("expected a field name")) {
            return "YAML syntax error: a key must be plain text, not a list or a mapping";
        }
        if (p.contains("expected ',' or ']'")) {
            return "YAML syntax error: a list opened with '[' here is not closed; add ']' or a ','";
        }
        if (p.contains("expected ',' or '}'")) {
            return "YAML syntax error: a mapping opened with '{' here is not closed; add '}' or a ','";
        }
        if (p.contains("cannot start any token")) {
            return "YAML syntax error: a value cannot start with this character; put the value in quotes";
        }
        if (p.contains("chomping or indentation indicators") || context != null && context.contains("block scalar")) {
            return "YAML syntax error: '|' or '>' starts a block of text and must end its line; quote a value "
                    + "that holds them";
        }
        if (context != null && (context.contains("an alias") || context.contains("an anchor"))) {
            return "YAML syntax error: '&' and '*' have a special meaning in YAML; quote a value that starts with them";
        }
        if (p.contains("keys are not allowed here") || p.contains("entries are not allowed here")) {
            return "YAML syntax error: this line's indentation does not line up with the lines above it";
        }
        if (p.contains("expected the node content")) {
            return "YAML syntax error: a value is missing here, or starts with a character YAML reserves; "
                    + "put the value in quotes";
        }
        String words = plainWords(problem);
        String where = context == null || context.isBlank() ? "" : " (" + plainWords(context) + ")";
        return "YAML syntax error: " + (words.isBlank() ? "the text cannot be read here" : words) + where;
    }

    /** The parser's own words without its internal names (event classes, stream markers). */
    private static String plainWords(String text) {
        if (text == null || text.contains("org.") || text.contains("Exception") || text.contains("Event")) {
            return "";
        }
        return text.replace("<stream end>", "the end of the file")
                .replace("<block end>", "the end of the indented block")
                .replace("<block mapping start>", "a new key")
                .replace("<block sequence start>", "a new list")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
