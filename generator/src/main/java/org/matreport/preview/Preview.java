package org.matreport.preview;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.matreport.engine.SourceDate;
import org.matreport.support.InvalidRequestException;
import org.matreport.support.Log;

/**
 * A live preview of a trust's pack, kept open while staff edit the trust files: served on 127.0.0.1, re-rendered when
 * a file is saved, and reloaded in the browser over Server-Sent Events. Front ends (the command line, the Maven plugin)
 * start it, say where it is, and close it when the user stops them.
 */
public final class Preview implements AutoCloseable {

    /** Where the preview listens unless told otherwise: a fixed port, so that a bookmark keeps working. */
    public static final int DEFAULT_PORT = 8040;

    private static final long KEEP_ALIVE_SECONDS = 15;

    private final PackState state;
    private final EventStream events;
    private final PreviewServer server;
    private final FolderWatch watch;
    private final ScheduledExecutorService keepAlive;

    private Preview(PackState state, EventStream events, PreviewServer server, FolderWatch watch) {
        this.state = state;
        this.events = events;
        this.server = server;
        this.watch = watch;
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "matreport-preview-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Renders the pack once, then serves it and watches the folders. {@code templatesFolder} may be {@code null};
     * {@code port} 0 takes any free port.
     */
    public static Preview start(Path trustFolder, Path templatesFolder, int port, Log log)
            throws InvalidRequestException, IOException {
        if (!Files.isDirectory(trustFolder)) {
            throw new InvalidRequestException("the trust folder " + trustFolder + " does not exist or is not a folder");
        }
        if (templatesFolder != null && !Files.isDirectory(templatesFolder)) {
            throw new InvalidRequestException(
                    "the templates folder " + templatesFolder + " does not exist or is not a folder");
        }
        if (port < 0 || port > 65535) {
            throw new InvalidRequestException("--port must be between 0 and 65535, not " + port);
        }
        PackState state = new PackState(
                new PreviewRenderer(trustFolder, templatesFolder, SourceDate.fromEnvironment(), log), log);
        EventStream events = new EventStream();
        List<Path> watched = new ArrayList<>(List.of(trustFolder));
        if (templatesFolder != null) {
            watched.add(templatesFolder);
        }
        FolderWatch watch = new FolderWatch(watched, () -> events.publish(state.refresh()));
        PreviewServer server;
        try {
            server = new PreviewServer(port, state, events);
        } catch (InvalidRequestException | IOException e) {
            watch.close();
            throw e;
        }
        Preview preview = new Preview(state, events, server, watch);
        // Watching starts before the first render, so that a save during it is not missed.
        watch.start();
        state.refresh();
        server.start();
        preview.keepAlive.scheduleAtFixedRate(
                events::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        return preview;
    }

    /** The address to open: {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return server.uri();
    }

    public InetSocketAddress address() {
        return server.address();
    }

    /** The revision shown now; each save that changes the files makes a new one. */
    public long revision() {
        return state.revision();
    }

    /** The problems that keep the trust files from loading now, one a line; empty when they load. */
    public List<String> problems() {
        return state.problems();
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        try {
            watch.close();
        } catch (IOException e) {
            // Stopping anyway.
        }
        server.stop();
    }
}
