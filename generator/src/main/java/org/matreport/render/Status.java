package org.matreport.render;

import org.matreport.text.Words;

/**
 * The red, amber or green reading the board sees on each link of the coherence chain and on the cover. Every status
 * has a word, a meaning and a shape as well as a colour, so that it survives greyscale printing and colour blindness.
 * The colours are from the Okabe–Ito palette.
 */
public enum Status {
    GREEN("green", "sound", "circle", "#009e73"),
    AMBER("amber", "needs attention", "triangle", "#e69f00"),
    RED("red", "act now", "square", "#d55e00");

    private final String word;
    private final String meaning;
    private final String shape;
    private final String colour;

    Status(String word, String meaning, String shape, String colour) {
        this.word = word;
        this.meaning = meaning;
        this.shape = shape;
        this.colour = colour;
    }

    /** {@code green}, {@code amber} or {@code red}. */
    public String word() {
        return word;
    }

    /** What the status asks of the board, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** How the status reads in a sentence or a cell: {@code Amber: needs attention}. */
    public String text() {
        return Words.capitalised(word) + ": " + meaning;
    }

    String shape() {
        return shape;
    }

    String colour() {
        return colour;
    }

    Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
