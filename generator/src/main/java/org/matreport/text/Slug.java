package org.matreport.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** The file name a trust's pack is written under: ASCII, lower case, words joined by hyphens. */
public final class Slug {

    /** Letters that carry no combining mark to strip, so Unicode decomposition alone would lose them. */
    private static final Map<Character, String> FOLDED =
            Map.of('ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ł', "l", 'đ', "d", 'ð', "d", 'þ', "th", 'ı', "i");

    private Slug() {}

    /** {@code Ysgol Tŷ Ŵyn Trust} becomes {@code ysgol-ty-wyn-trust}; a name with no Latin letters gives "trust". */
    public static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            folded.append(FOLDED.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "trust" : slug;
    }
}
