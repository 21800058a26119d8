package org.matreport.render;

/**
 * A drawn chart: its name (the marker {@code [//]: # "chart:NAME"} in the Markdown asks for it), a title, a text
 * description of what it shows, and the inline SVG. The Markdown shows the same facts as a table beside the marker.
 */
public record Chart(String name, String title, String description, String svg) {

    /** The chart as an HTML figure: the SVG, whose title and description a screen reader reads, and a caption. */
    String figure() {
        return "<figure class=\"chart\" id=\"chart-" + name + "\">\n" + svg + "\n<figcaption>" + Svg.escape(title)
                + "</figcaption>\n</figure>\n";
    }
}
