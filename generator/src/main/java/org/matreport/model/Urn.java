package org.matreport.model;

/** A school's unique reference number in the national register: six digits. */
public record Urn(int value) implements Comparable<Urn> {

    public Urn {
        if (value < 100000 || value > 999999) {
            throw new IllegalArgumentException("a URN has six digits: " + value);
        }
    }

    @Override
    public int compareTo(Urn other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
