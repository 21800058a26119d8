package org.matreport.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses one file's text into a located {@link YamlNode} tree with Jackson's streaming YAML parser.
 *
 * <p>Jackson passes some YAML features through in ways that silently corrupt data: an alias {@code *x} arrives as the
 * plain text "x", a merge key {@code <<} as an ordinary key, and a duplicate key is either fatal (stopping at the
 * first) or silently overwritten. So duplicates are allowed through the parser and caught here, where every one can be
 * reported with both places, and anchors, aliases, merge keys and tags are refused.
 */
final class YamlTreeReader {

    private final YAMLFactory factory;
    private final LoadLimits limits;
    private final Problems problems;

    YamlTreeReader(LoadLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxCodePoints());
        options.setAllowDuplicateKeys(true); // caught below, with both places, instead of stopping at the first
        options.setMaxAliasesForCollections(10);
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                // SnakeYAML's own nesting limit does not apply through Jackson; this one does.
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .build())
                .build();
    }

    /** The file's top node, or empty when the file could not be parsed (the problem is then recorded). */
    Optional<YamlNode> read(SourceText source) {
        int[] nonBreaking = source.nonBreakingIndent();
        if (nonBreaking != null) {
            problems.add(
                    new Location(source.file(), nonBreaking[0], nonBreaking[1]),
                    "",
                    "a non-breaking space (often pasted in from a document) is used for indentation here; "
                            + "indent with ordinary spaces only");
            return Optional.empty();
        }
        int[] unprintable = source.firstUnprintable();
        if (unprintable != null) {
            // The parser refuses these anywhere, comments included, but places them at the file's start.
            problems.add(
                    new Location(source.file(), unprintable[0], unprintable[1]),
                    "",
                    String.format(
                            "holds the control character U+%04X, which YAML allows nowhere in a file, not even in a"
                                    + " comment; remove it, or write it as an escape such as \\u%04X inside double"
                                    + " quotes",
                            unprintable[2], unprintable[2]));
            return Optional.empty();
        }
        YAMLParser parser = null;
        try {
            parser = (YAMLParser) factory.createParser(source.text());
            Reading reading = new Reading(parser, source);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(
                        Location.ofFile(source.file()),
                        "",
                        "holds no YAML, only comments; write at least one section, such as 'schools:', or delete it");
                return Optional.empty();
            }
            YamlNode root = reading.node(first, "");
            if (parser.nextToken() != null) {
                problems.add(
                        reading.here(),
                        "",
                        "a second YAML document starts here; a trust file holds one document, so remove the '---'");
            }
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            JsonLocation where = parser == null ? null : parser.currentLocation();
            Location at = where == null || where.getLineNr() < 1
                    ? Location.ofFile(source.file())
                    : new Location(source.file(), where.getLineNr(), where.getColumnNr());
            problems.add(
                    at,
                    "",
                    "mappings and lists nest more than " + limits.maxDepth()
                            + " levels deep here; trust files need only a few levels");
        } catch (IOException | YAMLException e) {
            // Anything else thrown here is a fault of ours, and is left to the loader to report as one rather than
            // dressed up as a syntax error in the user's file.
            reportSyntax(source, e);
        } finally {
            closeQuietly(parser);
        }
        return Optional.empty();
    }

    private static void closeQuietly(YAMLParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException | RuntimeException e) {
                // Nothing to tell the user: the text was in memory and has been read or reported.
            }
        }
    }

    private void reportSyntax(SourceText source, Exception e) {
        MarkedYAMLException marked = find(e, MarkedYAMLException.class);
        if (marked != null && marked.getProblemMark() != null) {
            // At the end of the file the problem is where the unclosed quote or bracket was opened.
            boolean atEnd = String.valueOf(marked.getProblem()).contains("end of stream")
                    || String.valueOf(marked.getProblem()).contains("<stream end>");
            var mark = atEnd && marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            problems.add(
                    new Location(source.file(), mark.getLine() + 1, mark.getColumn() + 1),
                    "",
                    SyntaxMessages.explain(marked.getProblem(), marked.getContext()));
            return;
        }
        YAMLException yaml = find(e, YAMLException.class);
        if (yaml != null && String.valueOf(yaml.getMessage()).contains("exceeds the limit")) {
            problems.add(
                    Location.ofFile(source.file()),
                    "",
                    "is larger than the limit of " + limits.describeFileLimit() + " per file; move some sections "
                            + "into other files beside it");
            return;
        }
        Location at = Location.ofFile(source.file());
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jackson
                && jackson.getLocation() != null
                && jackson.getLocation().getLineNr() > 0) {
            at = new Location(
                    source.file(),
                    jackson.getLocation().getLineNr(),
                    jackson.getLocation().getColumnNr());
        }
        problems.add(at, "", SyntaxMessages.explain(String.valueOf(e.getMessage()), null));
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The walk over one file's tokens. */
    private final class Reading {

        private final YAMLParser parser;
        private final SourceText source;
        private final java.util.Set<Location> anchorsReported = new java.util.HashSet<>();

        Reading(YAMLParser parser, SourceText source) {
            this.parser = parser;
            this.source = source;
        }

        Location here() {
            JsonLocation l = parser.currentTokenLocation();
            return new Location(source.file(), l.getLineNr(), l.getColumnNr());
        }

        YamlNode node(JsonToken token, String path) throws IOException {
            Location at = here();
            refuseAnchor(at, path);
            if (token == JsonToken.START_OBJECT) {
                refuseTag(at, path);
                return mapping(at, path);
            }
            if (token == JsonToken.START_ARRAY) {
                refuseTag(at, path);
                return sequence(at, path);
            }
            return scalar(token, at, path);
        }

        private YamlNode mapping(Location at, String path) throws IOException {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = here();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                refuseAnchor(keyAt, keyPath);
                YamlNode value = node(parser.nextToken(), keyPath);
                Location first = seen.putIfAbsent(key, keyAt);
                if (key.equals("<<")) {
                    problems.add(keyAt, keyPath, "merge keys ('<<') are not supported; write the keys out in full");
                } else if (first != null) {
                    problems.add(
                            keyAt,
                            keyPath,
                            "duplicate key '" + key + "'; it is already written at " + first + "; keep one of the two");
                } else {
                    entries.add(new YamlNode.Entry(key, keyAt, value));
                }
            }
            return new YamlNode.Mapping(at, List.copyOf(entries));
        }

        private YamlNode sequence(Location at, String path) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                items.add(node(token, path + "[" + items.size() + "]"));
            }
            return new YamlNode.Sequence(at, List.copyOf(items));
        }

        private YamlNode scalar(JsonToken token, Location at, String path) throws IOException {
            String text = parser.getText();
            if (parser.isCurrentAlias()) {
                problems.add(at, path, "aliases ('*" + text + "') are not supported; write the value out in full");
                return new YamlNode.Scalar(at, text, YamlNode.Scalar.Kind.REJECTED, true);
            }
            refuseTag(at, path);
            int first = source.charAt(at.line(), at.column());
            boolean plain = first != '"' && first != '\'' && first != '|' && first != '>';
            YamlNode.Scalar.Kind kind =
                    switch (token) {
                        case VALUE_NULL -> YamlNode.Scalar.Kind.NULL;
                        case VALUE_TRUE, VALUE_FALSE -> YamlNode.Scalar.Kind.BOOLEAN;
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> YamlNode.Scalar.Kind.NUMBER;
                        default -> YamlNode.Scalar.Kind.TEXT;
                    };
            return new YamlNode.Scalar(at, text == null ? "" : text, kind, plain);
        }

        /**
         * Jackson reports anchors unreliably (not at all on scalars, and leaking onto the next key), so the source is
         * asked instead: a node whose text starts with '&amp;' carries an anchor.
         */
        private void refuseAnchor(Location at, String path) {
            if (source.charAt(at.line(), at.column()) == '&' && anchorsReported.add(at)) {
                problems.add(at, path, "anchors ('&') are not supported; write each value out in full");
            }
        }

        /** A tag such as {@code !!java.lang.Runtime} asks for a type the trust files never need; on any node. */
        private void refuseTag(Location at, String path) throws IOException {
            Object tag = parser.getTypeId();
            if (tag != null) {
                problems.add(
                        at,
                        path,
                        "YAML tags ('" + shortTag(tag.toString()) + "') are not used in trust files; "
                                + "remove it, and quote the value if it must stay text");
            }
        }

        private String shortTag(String tag) {
            if (tag.startsWith("tag:yaml.org,2002:")) {
                return "!!" + tag.substring("tag:yaml.org,2002:".length());
            }
            return tag.startsWith("!") || tag.contains(":") ? tag : "!" + tag;
        }
    }
}
