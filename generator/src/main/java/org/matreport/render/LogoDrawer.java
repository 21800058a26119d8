package org.matreport.render;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.OutputDeviceGraphicsDrawer;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Draws a trust's SVG logo with Batik, without letting the logo keep the whole pack in memory.
 *
 * <p>Left to itself, openhtmltopdf draws an SVG through a {@code PdfBoxGraphics2D}, and Batik keeps a
 * {@code BridgeContext}; both have finalizers, and both reach the renderer's output device and through it the whole
 * document and its layout. A finished pack then stays in memory until a finalizer thread has run, and collections
 * copy it meanwhile: rendering the example trust on two threads, each young collection paused for about 120 ms and
 * left 880 MB in the heap. Here Batik draws into a Graphics2D without a finalizer, the device places the form it makes
 * as it places an embedded PDF page, and Batik's link to the renderer is cut when the document is closed; the same
 * run pauses for about 20 ms and keeps 140 MB.
 */
final class LogoDrawer implements SVGDrawer {

    private final SVGDrawer batik;
    private StandIn userAgent;

    LogoDrawer(SVGDrawer batik) {
        this.batik = batik;
    }

    @Override
    public SVGImage buildSVGImage(
            Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        return new Logo(batik.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel));
    }

    @Override
    public SVGImage buildStandaloneSVGImage(
            Element svg, String uri, double cssWidth, double cssHeight, double dotsPerPixel) {
        return new Logo(batik.buildStandaloneSVGImage(svg, uri, cssWidth, cssHeight, dotsPerPixel));
    }

    @Override
    public void withUserAgent(UserAgentCallback agent) {
        userAgent = new StandIn(agent);
        batik.withUserAgent(StandIn.of(UserAgentCallback.class, userAgent));
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        batik.importFontFaceRules(fontFaces, shared);
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        batik.addFontFile(fontFile, family, weight, style);
    }

    @Override
    public void addFontStream(FSSupplier<InputStream> font, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        batik.addFontStream(font, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        if (userAgent != null) {
            userAgent.cut();
        }
        batik.close();
    }

    /** Batik's image of the logo, handed a device whose drawing with Graphics2D leaves nothing to finalize. */
    private static final class Logo implements SVGImage {

        private final SVGImage image;

        Logo(SVGImage image) {
            this.image = image;
        }

        @Override
        public int getIntrinsicWidth() {
            return image.getIntrinsicWidth();
        }

        @Override
        public int getIntrinsicHeight() {
            return image.getIntrinsicHeight();
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            DeviceStandIn standIn = new DeviceStandIn(device);
            try {
                image.drawSVG(StandIn.of(OutputDevice.class, standIn), context, x, y);
            } finally {
                standIn.cut();
            }
        }
    }

    /**
     * The output device, but for {@code drawWithGraphics}, done here: the drawing goes into a form of the pack's
     * document through a Graphics2D without a finalizer, and the device places the form as it places an embedded PDF
     * page.
     */
    private static final class DeviceStandIn extends StandIn {

        private final PdfBoxOutputDevice pdf;

        DeviceStandIn(OutputDevice device) {
            super(device);
            this.pdf = (PdfBoxOutputDevice) device;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (!method.getName().equals("drawWithGraphics")) {
                return super.invoke(proxy, method, args);
            }
            // drawWithGraphics(x, y, width, height[, reuseKey], drawer): x and y in dots, the size in CSS pixels.
            float x = (Float) args[0];
            float y = (Float) args[1];
            int width = (int) (float) (Float) args[2];
            int height = (int) (float) (Float) args[3];
            OutputDeviceGraphicsDrawer drawer = (OutputDeviceGraphicsDrawer) args[args.length - 1];
            PlainGraphics graphics = new PlainGraphics(pdf, width, height);
            drawer.render(graphics);
            graphics.dispose();
            float dotsPerPoint = pdf.getDotsPerPoint();
            // A CSS pixel is 3/4 of a point.
            Rectangle bounds = new Rectangle(
                    Math.round(x),
                    Math.round(y),
                    Math.round(width * dotsPerPoint * 0.75f),
                    Math.round(height * dotsPerPoint * 0.75f));
            pdf.drawPdfAsImage(graphics.getXFormObject(), bounds, width * dotsPerPoint, height * dotsPerPoint);
            return null;
        }
    }

    /** A PDF Graphics2D that nothing needs to finalize: its content is closed by {@code dispose}, as it always was. */
    private static final class PlainGraphics extends PdfBoxGraphics2D {

        PlainGraphics(PdfBoxOutputDevice device, int width, int height) throws IOException {
            super(device.getWriter(), width, height);
        }

        // Graphics.finalize only disposes, which the drawing code above has done; an empty override is what tells the
        // JVM that this object needs no finalization at all.
        @Override
        @SuppressWarnings({"deprecation", "removal"})
        public void finalize() {}
    }

    /**
     * A stand-in for an object while a pack is rendered; after {@link #cut} it lets go of the object, so that whatever
     * still holds the stand-in no longer holds the pack.
     */
    private static class StandIn implements InvocationHandler {

        private volatile Object target;

        StandIn(Object target) {
            this.target = target;
        }

        static <T> T of(Class<T> type, StandIn standIn) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, standIn));
        }

        void cut() {
            target = null;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "stand-in for " + target;
                };
            }
            Object object = target;
            if (object == null) {
                throw new IllegalStateException("this pack's PDF is already written");
            }
            try {
                return method.invoke(object, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
