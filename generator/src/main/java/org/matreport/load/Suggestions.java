package org.matreport.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the word a user probably meant, so that a typo's message carries its fix. */
final class Suggestions {

    private Suggestions() {}

    /** The nearest candidate, if it is near enough to be a typo rather than another word. */
    static Optional<String> nearest(String typed, Collection<String> candidates) {
        if (typed.length() > 64) {
            return Optional.empty(); // no typo is that long, and the distance table would grow with it
        }
        return candidates.stream()
                .filter(c -> distance(typed.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT))
                        <= allowance(c))
                .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(c -> c));
    }

    /** {@code ; did you mean 'phase'?}, or nothing. */
    static String didYouMean(String typed, Collection<String> candidates) {
        return nearest(typed, candidates)
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("");
    }

    private static int allowance(String candidate) {
        return Math.max(1, Math.min(3, candidate.length() / 3));
    }

    /** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
