package org.matreport.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Server-Sent Events stream open pages listen to: each gets the current revision when it connects, then every new
 * one. A page showing an older revision reloads. Streams are held open without a thread each; a page that has gone
 * away is dropped at the next message or the next keep-alive.
 */
final class EventStream {

    /** Enough for every tab one person keeps open; more is a runaway page, refused rather than held. */
    static final int MOST_LISTENERS = 64;

    private final Set<HttpExchange> listeners = ConcurrentHashMap.newKeySet();

    /** Opens the stream for one page and tells it the current revision. */
    void open(HttpExchange exchange, long current) throws IOException {
        if (listeners.size() >= MOST_LISTENERS) {
            PreviewServer.plain(exchange, 503, "too many pages are listening to this preview; close some tabs");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
        // A page whose stream drops (the preview restarted) tries again after half a second.
        send(exchange, "retry: 500\ndata: " + current + "\n\n");
    }

    /** Tells every open page about a new revision. */
    void publish(long revision) {
        listeners.forEach(exchange -> send(exchange, "data: " + revision + "\n\n"));
    }

    /** A comment line, which pages ignore: it keeps proxies from closing the stream and finds pages gone away. */
    void keepAlive() {
        listeners.forEach(exchange -> send(exchange, ": still here\n\n"));
    }

    int listening() {
        return listeners.size();
    }

    void closeAll() {
        listeners.forEach(this::drop);
    }

    private void send(HttpExchange exchange, String message) {
        synchronized (exchange) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(message.getBytes(StandardCharsets.UTF_8));
                body.flush();
            } catch (IOException e) {
                drop(exchange);
            }
        }
    }

    private void drop(HttpExchange exchange) {
        listeners.remove(exchange);
        exchange.close();
    }
}
