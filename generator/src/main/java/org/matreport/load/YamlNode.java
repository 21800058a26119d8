package org.matreport.load;

import java.util.List;
import java.util.Optional;

/**
 * A YAML node with the place it was written. Our own small tree rather than Jackson's, because trust staff need every
 * message located, and scalars must keep their text exactly as written.
 */
public sealed interface YamlNode {

    Location location();

    /** A human word for the node, for "expected a list, found a mapping". */
    String describe();

    /** A key and its value, in the order written. */
    record Entry(String key, Location keyLocation, YamlNode value) {}

    record Mapping(Location location, List<Entry> entries) implements YamlNode {

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a mapping of keys";
        }
    }

    record Sequence(Location location, List<YamlNode> items) implements YamlNode {

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as written. {@code plain} is false for quoted and block text, which YAML never reads as a number.
     * {@code REJECTED} marks a value already reported (an alias), so that binding adds no second message.
     */
    record Scalar(Location location, String text, Kind kind, boolean plain) implements YamlNode {

        public enum Kind {
            NULL,
            TEXT,
            NUMBER,
            BOOLEAN,
            REJECTED
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return kind == Kind.NULL || (plain && text.isEmpty()) ? "nothing" : "'" + text + "'";
        }
    }
}
