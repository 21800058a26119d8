package org.matreport.render;

/**
 * The overall status on the cover as a badge: the status's colour as a frame, its shape, and its word and meaning in
 * large type, so that it reads in greyscale and to a reader who cannot tell the colours apart.
 */
final class StatusBadge {

    static final String NAME = "status";

    private static final int WIDTH = 330;
    private static final int HEIGHT = 48;

    private StatusBadge() {}

    static Chart draw(Status status) {
        String title = "Overall status";
        String description = "A badge with the overall status of the strategy, the reading of the weakest link of the"
                + " coherence chain, in its colour, shape and word: " + status.text() + ".";
        Svg svg = new Svg("chart-" + NAME, WIDTH, HEIGHT, title, description);
        svg.rect(2, 2, WIDTH - 4, HEIGHT - 4, "#ffffff", status.colour(), 4);
        svg.mark(status, 26, HEIGHT / 2.0, 11);
        svg.text(48, HEIGHT / 2.0 + 6, status.text(), 17, "start", true, Svg.INK);
        return new Chart(NAME, title, description, svg.close());
    }
}
