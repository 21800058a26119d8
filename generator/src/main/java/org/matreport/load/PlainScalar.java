package org.matreport.load;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an unquoted value means to other YAML readers. matreport reads a value's text as written, but an editor's YAML
 * 1.2 reader, and the JSON Schema it checks with, takes {@code 01234567} for the number 1234567 and {@code true} for
 * a truth value. A field whose text must keep a form (a company number, an id) therefore needs quotes around such a
 * value, or the editor and matreport would judge the same line differently.
 */
final class PlainScalar {

    /** YAML 1.2 core schema: integers (decimal, 0o octal, 0x hex) and floats, infinities and not-a-number. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
            + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static final Pattern TRUTH = Pattern.compile("true|True|TRUE|false|False|FALSE");

    private PlainScalar() {}

    /** {@code a number} or {@code true or false} when an editor would read the value so; empty when as text. */
    static Optional<String> readAsOtherThanText(YamlNode.Scalar scalar) {
        if (!scalar.plain()) {
            return Optional.empty();
        }
        if (scalar.kind() == YamlNode.Scalar.Kind.NUMBER
                || NUMBER.matcher(scalar.text()).matches()) {
            return Optional.of("a number");
        }
        if (scalar.kind() == YamlNode.Scalar.Kind.BOOLEAN
                || TRUTH.matcher(scalar.text()).matches()) {
            return Optional.of("true or false");
        }
        return Optional.empty();
    }
}
