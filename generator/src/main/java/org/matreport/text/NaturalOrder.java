package org.matreport.text;

import java.math.BigInteger;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order people expect names in: runs of digits compare as numbers, so "Academy 2" comes before "Academy 11", and
 * letters compare as a British reader would (case and accents second), so "Ysgol Tŷ" sits among the other Ys.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        Collator letters = Collator.getInstance(Locale.UK);
        letters.setStrength(Collator.TERTIARY);
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            String runA = a.substring(i, endA);
            String runB = b.substring(j, endB);
            boolean digitsA = Character.isDigit(a.charAt(i));
            boolean digitsB = Character.isDigit(b.charAt(j));
            int order;
            if (digitsA && digitsB) {
                order = new BigInteger(runA).compareTo(new BigInteger(runB));
                if (order == 0) {
                    order = Integer.compare(runA.length(), runB.length());
                }
            } else {
                order = letters.compare(runA, runB);
            }
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    /** Where the run of digits, or of anything else, that starts at {@code from} ends. */
    private static int runEnd(String s, int from) {
        boolean digits = Character.isDigit(s.charAt(from));
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }
}
