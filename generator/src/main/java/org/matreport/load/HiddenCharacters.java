package org.matreport.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.matreport.text.Bidi;

/**
 * Values holding characters a reviewer cannot see, or that no output can carry. Bidi controls reorder the text
 * printed after them, and zero-width spaces make two names look alike: they are allowed (a name may need a
 * right-to-left mark) but each field that holds one is named, so that a change slipping one in is seen in review.
 * The zero-width joiner and non-joiner are left alone: Urdu, Persian and many Indian scripts need them. NUL, half a
 * surrogate pair and noncharacters are refused.
 */
final class HiddenCharacters {

    private HiddenCharacters() {}

    /** A caution for each value of the tree that holds such a character, at the value's place. */
    static List<Problem> in(YamlNode root) {
        List<Problem> cautions = new ArrayList<>();
        visit(root, "", (scalar, path) -> {
            String hidden = firstHidden(scalar.text());
            if (hidden != null) {
                cautions.add(new Problem(
                        scalar.location(),
                        path,
                        "holds an invisible " + hidden + ", which can reorder or disguise the text around it;"
                                + " remove it unless the value needs it"));
            }
        });
        return cautions;
    }

    /**
     * A problem for each value holding a character no output can carry: NUL, half of a surrogate pair, or a
     * noncharacter such as U+FFFE. YAML's escapes ({@code "\0"}, {@code "\uFFFE"}) let them in; the PDF, XML and
     * JSON writers would fail on them far from the file that holds them.
     */
    static List<Problem> unprintable(YamlNode root) {
        List<Problem> problems = new ArrayList<>();
        visit(root, "", (scalar, path) -> {
            String bad = firstUnprintable(scalar.text());
            if (bad != null) {
                problems.add(
                        new Problem(scalar.location(), path, "holds " + bad + ", which cannot be printed; remove it"));
            }
        });
        return problems;
    }

    private static void visit(YamlNode node, String path, BiConsumer<YamlNode.Scalar, String> scalars) {
        if (node instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries()) {
                visit(entry.value(), path.isEmpty() ? entry.key() : path + "." + entry.key(), scalars);
            }
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                visit(sequence.items().get(i), path + "[" + i + "]", scalars);
            }
        } else if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            scalars.accept(scalar, path);
        }
    }

    /** {@code the character U+0000} or {@code half of a surrogate pair (U+D800)}, for the first such one, or null. */
    private static String firstUnprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isSurrogate((char) c)) {
                return String.format("half of a surrogate pair (U+%04X)", c);
            }
            if (c == 0 || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
                return String.format("the character U+%04X", c);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** {@code character U+202E (RIGHT-TO-LEFT OVERRIDE)} for the first hidden character, or null. */
    private static String firstHidden(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Bidi.isControl(c) || isZeroWidth(c)) {
                return String.format("character U+%04X (%s)", (int) c, Character.getName(c));
            }
        }
        return null;
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200b' || c == '\u2060' || c == '\ufeff' || c == '\u180e';
    }
}
