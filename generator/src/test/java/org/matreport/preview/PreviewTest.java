package org.matreport.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.support.Format;
import org.matreport.support.InvalidRequestException;
import org.matreport.support.Log;

/** The promises of {@code matreport serve}, each against a real server on a real copy of the example trust. */
class PreviewTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private Preview preview;

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    private Path startOnExample() throws Exception {
        Path trust = PreviewFolders.example(temp);
        preview = Preview.start(trust, null, 0, Log.silent());
        return trust;
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        startOnExample();
        InetSocketAddress address = preview.address();
        assertEquals(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), address.getAddress());
        assertEquals(URI.create("http://127.0.0.1:" + address.getPort() + "/"), preview.uri());
        Optional<InetAddress> outward = outwardAddress();
        if (outward.isPresent()) {
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket(outward.get(), address.getPort())) {
                    socket.getInputStream();
                }
            });
        }
    }

    @Test
    void refusesRequestsAddressedToAnyOtherHost() throws Exception {
        startOnExample();
        int port = preview.address().getPort();
        assertEquals(200, raw("GET", "/", "127.0.0.1:" + port).status());
        assertEquals(200, raw("GET", "/", "localhost:" + port).status());
        assertEquals(200, raw("GET", "/", "LOCALHOST:" + port).status());
        for (String host : List.of(
                "rebound.example:" + port,
                "rebound.example",
                "localhost:" + (port + 1),
                "127.0.0.1",
                "127.0.0.1:" + port + ".rebound.example")) {
            Response refused = raw("GET", "/", host);
            assertEquals(403, refused.status(), host);
            assertFalse(refused.body().contains("Northern Lights"), refused.body());
        }
        Response noHost = raw("GET", "/", null);
        assertEquals(403, noHost.status(), noHost.body());
    }

    @Test
    void servesNothingButThePack() throws Exception {
        Path trust = startOnExample();
        Files.writeString(trust.resolve("secret.txt"), "board minutes, not for the web");
        String host = "127.0.0.1:" + preview.address().getPort();
        for (String path : List.of(
                "/trust.yaml",
                "/secret.txt",
                "/assets/logo.svg",
                "/assets/",
                "/../trust.yaml",
                "/%2e%2e/trust.yaml",
                "/pack.md/../trust.yaml",
                "//trust.yaml",
                "/index.html",
                "/pack.pdf/",
                "/events/x")) {
            Response answer = raw("GET", path, host);
            assertEquals(404, answer.status(), path);
            assertFalse(answer.body().contains("matreport/v1"), path + ": " + answer.body());
            assertFalse(answer.body().contains("board minutes"), path + ": " + answer.body());
        }
        assertEquals(405, raw("POST", "/", host).status());
        assertEquals(404, raw("PUT", "/trust.yaml", host).status());
    }

    @Test
    void servesThePackAsGenerateWritesItWithOneReloadScript() throws Exception {
        Path trust = startOnExample();
        Path written = temp.resolve("written");
        new Engine(Log.silent())
                .generate(
                        new PackRequest(trust, written, Set.of(Format.HTML, Format.MARKDOWN), null, null),
                        LocalDate.now());
        String generated = Files.readString(only(written, ".html"));
        String page = get("/").body();

        assertEquals(1, count(page, "<script"), "one script");
        assertTrue(page.contains("<script>" + PreviewPage.RELOAD_SCRIPT + "</script>"), page);
        assertFalse(generated.contains("<script"), "the written pack stays script-free");
        String withoutPreview = page.replaceFirst(
                        "<meta name=\"matreport-revision\" content=\"\\d+\" />\n<script>.*</script>\n", "")
                .replaceFirst("; script-src 'sha256-[^']+'; connect-src 'self'", "");
        assertEquals(generated, withoutPreview);

        assertEquals(Files.readString(only(written, ".md")), get("/pack.md").body());
        JsonNode findings = new ObjectMapper().readTree(get("/findings.json").body());
        assertEquals("Northern Lights Academy Trust", findings.get("trust").asText());
    }

    @Test
    void printsThePdfOnDemandForTheRevisionShown() throws Exception {
        Path trust = startOnExample();
        HttpResponse<byte[]> first = http.send(request("/pack.pdf"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, first.statusCode());
        assertEquals(
                "application/pdf", first.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(first.body())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Northern Lights Academy Trust"));
        }
        assertArrayEquals(
                first.body(),
                http.send(request("/pack.pdf"), HttpResponse.BodyHandlers.ofByteArray())
                        .body());

        long before = preview.revision();
        PreviewFolders.edit(trust.resolve("trust.yaml"), "leaves our", "leaves every one of our");
        PreviewFolders.awaitRevisionAfter(preview, before);
        byte[] after = http.send(request("/pack.pdf"), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        try (PDDocument pdf = Loader.loadPDF(after)) {
            // Lines wrap wherever the page's width falls: the words are read as one run of text.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("leaves every one of our"), text);
        }
    }

    @Test
    // Only against a hang: without a reload the stream waits for an event that never comes, in a read no interrupt
    // ends.
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void tellsOpenPagesToReloadWhenATrustFileIsSaved() throws Exception {
        Path trust = startOnExample();
        HttpResponse<Stream<String>> stream = http.send(request("/events"), HttpResponse.BodyHandlers.ofLines());
        assertEquals(
                "text/event-stream; charset=utf-8",
                stream.headers().firstValue("Content-Type").orElse(""));
        Iterator<String> lines = stream.body().iterator();
        long shown = Long.parseLong(nextData(lines));
        assertEquals(preview.revision(), shown);

        PreviewFolders.edit(trust.resolve("trust.yaml"), "leaves our", "leaves all of our");
        long announced = Long.parseLong(nextData(lines));
        assertTrue(announced > shown, announced + " after " + shown);
        PreviewFolders.awaitRevisionAfter(preview, announced - 1);
        String page = get("/").body();
        assertTrue(page.contains("leaves all of our"), "the page after the reload shows the edit");
        assertTrue(page.contains("content=\"" + preview.revision() + "\""), "the page knows its revision");
        stream.body().close();
    }

    @Test
    void showsLocatedProblemsAboveTheLastGoodPackAndRecovers() throws Exception {
        Path trust = startOnExample();
        Path file = trust.resolve("trust.yaml");
        List<String> lines = Files.readAllLines(file);
        int line = lines.indexOf("  colour: \"#1d4f91\"") + 1;
        assertTrue(line > 0, "the example's colour line");

        long good = preview.revision();
        PreviewFolders.edit(file, "  colour: \"#1d4f91\"", "  colur: \"#1d4f91\"");
        long broken = PreviewFolders.awaitRevisionAfter(preview, good);
        String page = get("/").body();
        String problem = "trust.yaml:" + line + ":3: trust.colur: ";
        assertTrue(page.contains("\n" + problem) || page.contains(">" + problem), page.substring(0, 2000));
        assertEquals(
                List.of(),
                preview.problems().stream()
                        .filter(p -> !p.startsWith("trust.yaml:"))
                        .toList());
        assertTrue(page.contains("last good one (revision " + good + ")"), "says which pack is below");
        assertTrue(page.contains("Every child in the towns and valleys"), "the last good pack is still there");
        assertTrue(get("/pack.md").body().contains("Every child in the towns and valleys"));

        PreviewFolders.edit(file, "  colur: \"#1d4f91\"", "  colour: \"#1d4f91\"");
        PreviewFolders.awaitRevisionAfter(preview, broken);
        assertEquals(List.of(), preview.problems());
        assertFalse(get("/").body().contains("matreport-problems"));
    }

    @Test
    void showsProblemsAloneWhenTheFilesNeverLoaded() throws Exception {
        Path trust = PreviewFolders.example(temp);
        PreviewFolders.edit(trust.resolve("trust.yaml"), "period: 2026/27", "period: [2026/27");
        preview = Preview.start(trust, null, 0, Log.silent());
        String page = get("/").body();
        assertTrue(page.contains("No pack yet"), page);
        assertTrue(
                preview.problems().get(0).matches("trust\\.yaml:\\d+:\\d+: .+"),
                preview.problems().toString());
        assertTrue(page.contains(PreviewPage.escape(preview.problems().get(0))), page);
        assertEquals(
                503,
                http.send(request("/pack.pdf"), HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void watchesTheTemplatesFolderToo() throws Exception {
        Path trust = PreviewFolders.example(temp);
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.copy(Path.of("..", "templates", "pack.css"), templates.resolve("pack.css"));
        preview = Preview.start(trust, templates, 0, Log.silent());
        long before = preview.revision();
        Files.writeString(
                templates.resolve("pack.css"),
                "\n.marker-from-an-edit { color: red; }\n",
                java.nio.file.StandardOpenOption.APPEND);
        PreviewFolders.awaitRevisionAfter(preview, before);
        assertTrue(get("/").body().contains(".marker-from-an-edit"));
    }

    @Test
    void refusesAPortInUseByName() throws Exception {
        startOnExample();
        int taken = preview.address().getPort();
        Path other = PreviewFolders.example(temp.resolve("other"));
        InvalidRequestException refused =
                assertThrows(InvalidRequestException.class, () -> Preview.start(other, null, taken, Log.silent()));
        assertTrue(refused.getMessage().contains("port " + taken), refused.getMessage());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(preview.uri().resolve(path)).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }

    private static String nextData(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data: ")) {
                return line.substring("data: ".length());
            }
        }
        throw new AssertionError("the event stream ended");
    }

    record Response(int status, String body) {}

    /** A request written by hand, so that the Host header and the path are exactly as given. */
    private Response raw(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket(
                InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                preview.address().getPort())) {
            String head = method + " " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            if (host == null) {
                head = head.replace("HTTP/1.1", "HTTP/1.0");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int body = answer.indexOf("\r\n\r\n");
            return new Response(status, body < 0 ? "" : answer.substring(body + 4));
        }
    }

    private static Optional<InetAddress> outwardAddress() throws IOException {
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(face.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static Path only(Path folder, String ending) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(
                            f -> f.toString().endsWith(ending) && !f.toString().endsWith(".findings.json"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }
}
