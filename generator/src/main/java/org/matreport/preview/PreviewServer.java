package org.matreport.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.matreport.render.RenderException;
import org.matreport.support.InvalidRequestException;

/**
 * The preview's HTTP server. It listens on 127.0.0.1 only, answers only requests addressed to that name or
 * {@code localhost} at its own port (a page elsewhere cannot reach it by pointing a DNS name at 127.0.0.1), and serves
 * nothing but the pack and its event stream: no file is ever read from disk by path, so no path can reach one.
 */
final class PreviewServer {

    static final String PAGE = "/";
    static final String PDF = "/pack.pdf";
    static final String MARKDOWN = "/pack.md";
    static final String FINDINGS = "/findings.json";
    static final String EVENTS = "/events";

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final HttpServer server;
    private final ExecutorService workers;
    private final PackState state;
    private final EventStream events;
    private final int port;

    PreviewServer(int port, PackState state, EventStream events) throws InvalidRequestException, IOException {
        this.state = state;
        this.events = events;
        InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (BindException e) {
            throw new InvalidRequestException(
                    "port " + port + " on 127.0.0.1 is in use (" + e.getMessage() + "); choose another with --port");
        }
        this.port = server.getAddress().getPort();
        // A few threads: event streams hold none, and one person's browser asks for little at a time.
        workers = Executors.newFixedThreadPool(4, work -> {
            Thread thread = new Thread(work, "matreport-preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::answer);
    }

    void start() {
        server.start();
    }

    void stop() {
        events.closeAll();
        server.stop(0);
        workers.shutdownNow();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        if (!addressedToUs(exchange.getRequestHeaders().getFirst("Host"))) {
            plain(exchange, 403, "this preview answers only at " + uri() + " and http://localhost:" + port + "/");
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (!Set.of(PAGE, PDF, MARKDOWN, FINDINGS, EVENTS).contains(path)) {
            plain(
                    exchange,
                    404,
                    "not part of the pack: the preview serves " + PAGE + ", " + PDF + ", " + MARKDOWN + " and "
                            + FINDINGS);
            return;
        }
        if (!READS.contains(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            plain(exchange, 405, "the preview can only be read");
            return;
        }
        switch (path) {
            case PAGE -> send(exchange, 200, "text/html; charset=utf-8", bytes(state.page()));
            case EVENTS -> events.open(exchange, state.revision());
            case MARKDOWN ->
                sendPack(exchange, "text/markdown; charset=utf-8", state.good().map(Rendition::markdown));
            case FINDINGS -> sendPack(exchange, "application/json", state.good().map(Rendition::findingsJson));
            default -> sendPdf(exchange);
        }
    }

    /**
     * Only the loopback names at this server's port: a request carrying another name reached us through a DNS name
     * that someone pointed at 127.0.0.1, and must not read the pack.
     */
    boolean addressedToUs(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.equals("127.0.0.1:" + port) || name.equals("localhost:" + port);
    }

    private void sendPdf(HttpExchange exchange) throws IOException {
        Optional<byte[]> pdf;
        try {
            pdf = state.pdf();
        } catch (RenderException e) {
            plain(exchange, 500, "the PDF could not be printed: " + e.getMessage());
            return;
        }
        sendPack(exchange, "application/pdf", pdf);
    }

    private void sendPack(HttpExchange exchange, String type, Optional<byte[]> body) throws IOException {
        if (body.isEmpty()) {
            plain(
                    exchange,
                    503,
                    "no pack yet: the trust files have problems; see " + uri() + "\n"
                            + String.join("\n", state.problems()));
            return;
        }
        send(exchange, 200, type, body.get());
    }

    static void plain(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", bytes(message + "\n"));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
