package org.matreport.load;

import java.util.ArrayList;
import java.util.List;
import org.matreport.text.Bidi;

/**
 * Values that hold characters a reviewer cannot see: bidi controls, which reorder the text printed after them, and
 * zero-width spaces and joiners that make two names look alike. They are allowed (a name may need a right-to-left
 * mark) but each field that holds one is named, so that a change slipping one in is seen in review. The zero-width
 * joiner and non-joiner are left alone: Urdu, Persian and many Indian scripts need them to be written correctly.
 */
final class HiddenCharacters {

    private HiddenCharacters() {}

    /** A caution for each value of the tree that holds such a character, at the value's place. */
    static List<Problem> in(YamlNode root) {
        List<Problem> cautions = new ArrayList<>();
        visit(root, "", cautions);
        return cautions;
    }

    private static void visit(YamlNode node, String path, List<Problem> cautions) {
        if (node instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries()) {
                visit(entry.value(), path.isEmpty() ? entry.key() : path + "." + entry.key(), cautions);
            }
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                visit(sequence.items().get(i), path + "[" + i + "]", cautions);
            }
        } else if (node instanceof YamlNode.Scalar scalar) {
            String hidden = firstHidden(scalar.text());
            if (hidden != null) {
                cautions.add(new Problem(
                        scalar.location(),
                        path,
                        "holds an invisible " + hidden + ", which can reorder or disguise the text around it;"
                                + " remove it unless the value needs it"));
            }
        }
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
