package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * A hostile trust renders its pack while a server on the loopback address counts every connection and a folder
 * beside the trust holds files whose content would show in the PDF if read. The trust's own layout reaches for both
 * in every way HTML and CSS allow; the render must make no connection, read nothing outside, and warn.
 */
class ConfinedRenderTest {

    /** Text that would be printed in the PDF if the stylesheet outside the trust folder were read. */
    private static final String SECRET = "OUTSIDE-SECRET-41c7";

    @TempDir
    Path temp;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void listenOnLoopback() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                    socket.getOutputStream()
                            .write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aHostileLayoutMakesNoConnectionReadsNothingOutsideAndWarns() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path secretCss =
                Files.writeString(outside.resolve("secret.css"), "main::before { content: \"" + SECRET + "\"; }\n");
        Path secretImage = Files.write(outside.resolve("secret.png"), TINY_PNG);
        Path secretText = Files.writeString(outside.resolve("secret.txt"), SECRET);
        Path trust = TestFiles.copy(TestFiles.resource("trusts/full"), temp.resolve("trust"));
        Files.createSymbolicLink(trust.resolve("linked.css"), secretCss);
        Path templates = Files.createDirectories(temp.resolve("templates"));
        String remote = "http://127.0.0.1:" + server.getLocalPort();
        Files.writeString(
                templates.resolve("layout.html.ftl"), hostileLayout(remote, secretCss, secretImage, secretText));

        Path out = temp.resolve("out");
        new Engine(recording())
                .generate(
                        new PackRequest(trust, out, EnumSet.of(Format.PDF, Format.HTML), templates, 0L),
                        LocalDate.of(2026, 11, 1));

        assertEquals(0, connections.get(), "connections to the loopback server");
        String pdfText = pdfText(pdfIn(out));
        assertTrue(pdfText.contains("Northern Lights"), () -> "the pack itself was printed: " + pdfText + warnings);
        assertFalse(pdfText.contains(SECRET), "the stylesheet outside the trust folder was read");
        assertEquals(0, imagesIn(pdfIn(out)), "no image was embedded");
        for (String refused : List.of(
                remote + "/style.css",
                remote + "/logo.png",
                remote + "/imported.css",
                remote + "/font.ttf",
                secretCss.toUri().toString(),
                "../outside/secret.png",
                "linked.css",
                "ftp://127.0.0.1:" + server.getLocalPort() + "/x.png",
                "jar:" + secretImage.toUri() + "!/x.png")) {
            assertTrue(
                    warnings.stream().anyMatch(w -> w.contains("not loaded: " + refused)),
                    () -> "no warning for " + refused + " in " + warnings);
        }
    }

    @Test
    void imagesAndStylesInsideTheTrustFolderStillLoad() throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/full"), temp.resolve("trust"));
        Files.write(trust.resolve("assets/seal.png"), TINY_PNG);
        Files.writeString(trust.resolve("assets/extra.css"), "main::after { content: \"INSIDE-STYLE-OK\"; }\n");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(
                templates.resolve("layout.html.ftl"),
                layout(
                        "<link rel=\"stylesheet\" href=\"assets/extra.css\" />",
                        "<img src=\"assets/seal.png\" alt=\"Seal\" />"));

        Path out = temp.resolve("out");
        new Engine(recording())
                .generate(
                        new PackRequest(trust, out, EnumSet.of(Format.PDF), templates, 0L), LocalDate.of(2026, 11, 1));

        assertEquals(List.of(), warnings);
        assertTrue(pdfText(pdfIn(out)).contains("INSIDE-STYLE-OK"));
        assertEquals(1, imagesIn(pdfIn(out)), "the seal is embedded");
    }

    private static String hostileLayout(String remote, Path secretCss, Path secretImage, Path secretText) {
        String head = String.join(
                "\n",
                "<link rel=\"stylesheet\" href=\"" + remote + "/style.css\" />",
                "<link rel=\"stylesheet\" href=\"" + secretCss.toUri() + "\" />",
                "<link rel=\"stylesheet\" href=\"linked.css\" />",
                "<style>@import url(\"" + remote + "/imported.css\");",
                "@font-face { font-family: Remote; src: url(\"" + remote + "/font.ttf\"); }",
                ".remote { font-family: Remote; }",
                "main { background-image: url(\"" + secretImage.toUri() + "\"); }</style>");
        String body = String.join(
                "\n",
                "<p class=\"remote\">Remote font</p>",
                "<img src=\"" + remote + "/logo.png\" alt=\"Remote\" />",
                "<img src=\"../outside/secret.png\" alt=\"Relative\" />",
                "<img src=\"ftp://127.0.0.1:" + remote.substring(remote.lastIndexOf(':') + 1)
                        + "/x.png\" alt=\"Ftp\" />",
                "<img src=\"jar:" + secretImage.toUri() + "!/x.png\" alt=\"Jar\" />");
        String doctype = "<!DOCTYPE html SYSTEM \"" + remote + "/xhtml.dtd\" [<!ENTITY secret SYSTEM \""
                + secretText.toUri() + "\"> <!ENTITY remote SYSTEM \"" + remote + "/entity.txt\">]>";
        return layout(doctype, head, body + "\n<p>&secret; &remote;</p>");
    }

    private static String layout(String head, String body) {
        return layout("<!DOCTYPE html>", head, body);
    }

    /** A layout like the built-in one, with extra markup in its head and body. */
    private static String layout(String doctype, String head, String body) {
        return String.join(
                "\n",
                doctype,
                "<html lang=\"${language}\"><head><meta charset=\"utf-8\" />",
                "<title>${title}</title><meta name=\"description\" content=\"${description}\" /><meta name=\"subject\" content=\"${description}\" />",
                head,
                "</head><body>",
                body,
                "<main>${body}</main></body></html>");
    }

    private Log recording() {
        return recording(warnings);
    }

    /** A log that keeps every warning in {@code warnings} and drops the rest. */
    static Log recording(List<String> warnings) {
        return new Log() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
    }

    static Path pdfIn(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // In position order: the default, content-stream order, skips words that follow an inline element.
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static int imagesIn(Path pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
        }
        return images;
    }

    /** A valid 1×1 PNG. */
    private static final byte[] TINY_PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
