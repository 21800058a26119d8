package org.matreport.render;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The PDF printer takes one SVG drawer. The pack's own charts (an {@code svg} of class {@code chart}) go to the
 * small chart painter, which keeps their text in the embedded fonts; any other SVG, such as a trust's logo, goes to
 * the general drawer.
 */
final class PackSvgDrawer implements SVGDrawer {

    private final SVGDrawer charts;
    private final SVGDrawer others;

    PackSvgDrawer(SVGDrawer charts, SVGDrawer others) {
        this.charts = charts;
        this.others = others;
    }

    @Override
    public SVGImage buildSVGImage(
            Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        SVGDrawer drawer = "chart".equals(svg.getAttribute("class")) ? charts : others;
        return drawer.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
    }

    /** A standalone SVG is an image file, never one of the pack's charts, which are inline. */
    @Override
    public SVGImage buildStandaloneSVGImage(
            Element svg, String uri, double cssWidth, double cssHeight, double dotsPerPixel) {
        return others.buildStandaloneSVGImage(svg, uri, cssWidth, cssHeight, dotsPerPixel);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        charts.withUserAgent(userAgent);
        others.withUserAgent(userAgent);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        charts.importFontFaceRules(fontFaces, shared);
        others.importFontFaceRules(fontFaces, shared);
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        charts.addFontFile(fontFile, family, weight, style);
        others.addFontFile(fontFile, family, weight, style);
    }

    @Override
    public void addFontStream(FSSupplier<InputStream> font, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        charts.addFontStream(font, family, weight, style);
        others.addFontStream(font, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        try {
            charts.close();
        } finally {
            others.close();
        }
    }
}
