package org.matreport.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the pack's own charts into the PDF. The charts use only the shapes {@link Svg} writes (rectangles, lines,
 * circles, straight-line paths and text), so they become Java2D shapes handed to the PDF output device, and the PDF
 * printer needs no SVG library. Text is printed in the pack's own embedded font; a reader of the tagged PDF also gets
 * the chart's title and description as the figure's alternative text.
 */
final class ChartPainter implements SVGDrawer {

    private static final FSRGBColor BLACK = new FSRGBColor(0);

    private final String family;

    /** Charts print their text in {@code family}, one of the fonts the PDF embeds. */
    ChartPainter(String family) {
        this.family = family;
    }

    @Override
    public SVGImage buildSVGImage(
            Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        // The PDF printer tags a replaced element as a Figure and takes its alternative text from "alt", which HTML
        // does not allow on svg: the chart's own title and description supply it here, for the PDF only.
        svg.setAttribute("alt", child(svg, "title") + ". " + child(svg, "desc"));
        return new Picture(svg, box, dotsPerPixel);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // Charts use the built-in font only.
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // Charts use the built-in font only.
    }

    @Override
    public void close() {}

    /** One chart, sized by its viewBox, drawn when the page is painted. */
    private final class Picture implements SVGImage {

        private final Element svg;
        private final Box box;
        private final double dotsPerPixel;
        private final double width;
        private final double height;

        Picture(Element svg, Box box, double dotsPerPixel) {
            this.svg = svg;
            this.box = box;
            this.dotsPerPixel = dotsPerPixel;
            String[] viewBox = svg.getAttribute("viewBox").trim().split("\\s+");
            this.width = viewBox.length == 4 ? Double.parseDouble(viewBox[2]) : number(svg, "width", 300);
            this.height = viewBox.length == 4 ? Double.parseDouble(viewBox[3]) : number(svg, "height", 150);
        }

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            // The device's own path operators, in the layout's units, rather than a Graphics2D: openhtmltopdf's
            // Graphics2D adapter has a finalizer and holds the whole document, so each chart kept its pack alive
            // until a finalizer thread ran, and a batch spent about a tenth of its time copying dead packs in GC.
            Rectangle bounds = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), context);
            AffineTransform toPage = AffineTransform.getTranslateInstance(x, y);
            toPage.scale(bounds.width / width, bounds.height / height);
            Stroke before = device.getStroke();
            paintChildren(new Canvas(device, context, toPage, family), svg);
            device.setStroke(before);
        }
    }

    /** The output device with the chart's viewBox placed on the page, and the font family for its text. */
    private record Canvas(OutputDevice device, RenderingContext context, AffineTransform toPage, String family) {

        void fill(Shape shape, FSRGBColor colour) {
            device.setColor(colour);
            device.fill(toPage.createTransformedShape(shape));
        }

        void draw(Shape shape, FSRGBColor colour, float width, float[] dash) {
            float scale = (float) toPage.getScaleX();
            float[] scaled = null;
            if (dash != null) {
                scaled = dash.clone();
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] *= scale;
                }
            }
            device.setStroke(
                    new BasicStroke(width * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, scaled, 0f));
            device.setColor(colour);
            device.draw(toPage.createTransformedShape(shape));
        }

        /** Text in a font the document embeds, so that it is real text in the PDF: found by search, copied whole. */
        void text(String text, double x, double y, double size, boolean bold, String anchor, FSRGBColor colour) {
            FontSpecification spec = new FontSpecification();
            spec.families = new String[] {family};
            spec.size = (float) (size * toPage.getScaleY());
            spec.fontWeight = bold ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
            spec.fontStyle = IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            FSFont font = context.getFont(spec);
            float advance = context.getTextRenderer().getWidth(context.getFontContext(), font, text);
            Point2D at = toPage.transform(new Point2D.Double(x, y), null);
            float left = (float) at.getX()
                    - switch (anchor) {
                        case "middle" -> advance / 2;
                        case "end" -> advance;
                        default -> 0;
                    };
            device.setColor(colour);
            device.setFont(font);
            context.getTextRenderer().drawString(device, text, left, (float) at.getY());
        }
    }

    private static void paintChildren(Canvas g, Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                paint(g, e);
            }
        }
    }

    private static void paint(Canvas g, Element e) {
        switch (e.getNodeName()) {
            case "rect" ->
                shape(
                        g,
                        e,
                        new Rectangle2D.Double(
                                number(e, "x", 0), number(e, "y", 0), number(e, "width", 0), number(e, "height", 0)));
            case "circle" -> {
                double r = number(e, "r", 0);
                shape(g, e, new Ellipse2D.Double(number(e, "cx", 0) - r, number(e, "cy", 0) - r, 2 * r, 2 * r));
            }
            case "line" ->
                shape(
                        g,
                        e,
                        new Line2D.Double(
                                number(e, "x1", 0), number(e, "y1", 0), number(e, "x2", 0), number(e, "y2", 0)));
            case "path" -> shape(g, e, path(e.getAttribute("d")));
            case "text" -> text(g, e);
            case "g" -> paintChildren(g, e);
            default -> {
                // title and desc are read by buildSVGImage; the charts use nothing else.
            }
        }
    }

    private static void shape(Canvas g, Element e, Shape shape) {
        FSRGBColor fill = colour(e.getAttribute("fill"));
        if (fill != null && !(shape instanceof Line2D)) {
            g.fill(shape, fill);
        }
        FSRGBColor stroke = colour(e.getAttribute("stroke"));
        if (stroke != null) {
            float[] dash =
                    e.getAttribute("stroke-dasharray").isBlank() ? null : dashes(e.getAttribute("stroke-dasharray"));
            g.draw(shape, stroke, (float) number(e, "stroke-width", 1), dash);
        }
    }

    private static void text(Canvas g, Element e) {
        String text = e.getTextContent();
        if (text == null || text.isEmpty()) {
            return;
        }
        FSRGBColor fill = colour(e.getAttribute("fill"));
        g.text(
                text,
                number(e, "x", 0),
                number(e, "y", 0),
                number(e, "font-size", 12),
                "bold".equals(e.getAttribute("font-weight")),
                e.getAttribute("text-anchor"),
                fill == null ? BLACK : fill);
    }

    /** The straight-line paths {@link Svg} writes: {@code M x y L x y ... Z}. */
    private static Path2D path(String d) {
        Path2D path = new Path2D.Double();
        String[] tokens = d.trim().replaceAll("([MLZ])", " $1 ").trim().split("[\\s,]+");
        int i = 0;
        while (i < tokens.length) {
            switch (tokens[i]) {
                case "M" -> {
                    path.moveTo(Double.parseDouble(tokens[i + 1]), Double.parseDouble(tokens[i + 2]));
                    i += 3;
                }
                case "L" -> {
                    path.lineTo(Double.parseDouble(tokens[i + 1]), Double.parseDouble(tokens[i + 2]));
                    i += 3;
                }
                case "Z" -> {
                    path.closePath();
                    i++;
                }
                default -> throw new IllegalArgumentException("a chart path may only use M, L and Z: " + d);
            }
        }
        return path;
    }

    /** {@code #rrggbb}, or {@code null} for none. */
    private static FSRGBColor colour(String value) {
        if (value == null || !value.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        return new FSRGBColor(Integer.parseInt(value.substring(1), 16));
    }

    private static float[] dashes(String value) {
        String[] parts = value.trim().split("[\\s,]+");
        float[] dash = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            dash[i] = Float.parseFloat(parts[i]);
        }
        return dash;
    }

    private static double number(Element e, String attribute, double otherwise) {
        String value = e.getAttribute(attribute).trim();
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.endsWith("px") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException ex) {
            return otherwise;
        }
    }

    private static String child(Element svg, String name) {
        for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNodeName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }
}
