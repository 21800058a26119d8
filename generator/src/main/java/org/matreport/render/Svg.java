package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the few SVG shapes the pack's charts are made of: rectangles, lines, circles, straight-line paths and text.
 * Nothing else, so that every chart draws the same in a browser and in the PDF printer ({@link ChartPainter}). The
 * chart opens with its title and description, the text a screen reader announces instead of the picture.
 */
final class Svg {

    static final String FONT = "DejaVu Sans, sans-serif";
    static final String INK = "#1a1a1a";
    static final String GREY = "#767676";
    static final String RULE = "#c8c8c8";

    private final StringBuilder out = new StringBuilder();

    Svg(String id, int width, int height, String title, String description) {
        out.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" font-family=\"")
                .append(FONT)
                .append("\">\n");
        out.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>\n");
        out.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>\n");
    }

    Svg rect(double x, double y, double w, double h, String fill, String stroke, double strokeWidth) {
        out.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append('"');
        paint(fill, stroke, strokeWidth);
        out.append("/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, boolean dashed) {
        out.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(n(strokeWidth))
                .append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"4 3\"");
        }
        out.append("/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth) {
        out.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append('"');
        paint(fill, stroke, strokeWidth);
        out.append("/>\n");
        return this;
    }

    /** A closed polygon through the points, given as x, y pairs. */
    Svg polygon(String fill, String stroke, double strokeWidth, double... xy) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            d.append(i == 0 ? "M" : " L").append(n(xy[i])).append(' ').append(n(xy[i + 1]));
        }
        d.append(" Z");
        out.append("<path d=\"").append(d).append('"');
        paint(fill, stroke, strokeWidth);
        out.append("/>\n");
        return this;
    }

    /** Text whose {@code anchor} is start, middle or end; bold when asked. */
    Svg text(double x, double y, String text, double size, String anchor, boolean bold, String fill) {
        out.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" font-size=\"")
                .append(n(size))
                .append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>\n");
        return this;
    }

    /** The status's own shape, centred on a point: a circle for green, a triangle for amber, a square for red. */
    Svg mark(Status status, double cx, double cy, double r) {
        return switch (status.shape()) {
            case "circle" -> circle(cx, cy, r, status.colour(), INK, 1);
            case "triangle" ->
                polygon(
                        status.colour(),
                        INK,
                        1,
                        cx,
                        cy - r * 1.15,
                        cx + r * 1.15,
                        cy + r * 0.85,
                        cx - r * 1.15,
                        cy + r * 0.85);
            default -> rect(cx - r, cy - r, 2 * r, 2 * r, status.colour(), INK, 1);
        };
    }

    /** A diamond centred on a point: the trust's own position or an area's target. */
    Svg diamond(double cx, double cy, double r, String fill) {
        return polygon(fill, INK, 1, cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
    }

    String close() {
        return out.append("</svg>").toString();
    }

    private void paint(String fill, String stroke, double strokeWidth) {
        out.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"")
                    .append(stroke)
                    .append("\" stroke-width=\"")
                    .append(n(strokeWidth))
                    .append('"');
        }
    }

    /** Splits text into lines of at most {@code width} characters at spaces; a longer word stands on its own line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Text shortened to at most {@code width} characters with an ellipsis, for labels that must fit a column. It is cut
     * after a whole word, so that a trustee never reads half a word; only a first word longer than the column is cut
     * inside itself.
     */
    static String fit(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int room = Math.max(1, width - 1);
        int cut = text.lastIndexOf(' ', room);
        String kept = cut > 0 ? text.substring(0, cut) : text.substring(0, room);
        return kept.strip().replaceAll("[\\s,;:.–-]+$", "") + "…";
    }

    /** Coordinates with at most one decimal, written the same on every machine. */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return s.toString();
    }
}
