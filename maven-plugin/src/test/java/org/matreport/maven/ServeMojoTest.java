package org.matreport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn matreport:serve}: the goal serves the trust's live pack on 127.0.0.1 until it is stopped. */
class ServeMojoTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void servesTheLivePackUntilStopped() throws Exception {
        Path trust = temp.resolve("trust");
        Files.createDirectories(trust.resolve("assets"));
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, trust.resolve(file.getFileName()));
            }
        }
        Files.copy(EXAMPLE.resolve("assets/logo.svg"), trust.resolve("assets/logo.svg"));
        ServeMojo mojo = new ServeMojo();
        set(mojo, "trustDirectory", trust.toFile());
        set(mojo, "port", 0);
        List<String> logged = new CopyOnWriteArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence message) {
                logged.add(message.toString());
            }
        });
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                failed.set(e);
            }
        });
        goal.start();

        URI uri = URI.create(awaitLine(logged, goal, failed).replaceAll(".* at (http://\\S+) .*", "$1"));
        assertEquals("127.0.0.1", uri.getHost());
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Northern Lights Academy Trust"));
        assertTrue(page.body().contains("new EventSource('/events')"), "the page reloads itself");

        goal.interrupt();
        goal.join(PATIENCE.toMillis());
        assertFalse(goal.isAlive(), "the goal ends when stopped");
        assertTrue(logged.contains("The preview has stopped."), logged.toString());
        assertThrows(ConnectException.class, () -> HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static String awaitLine(List<String> logged, Thread goal, AtomicReference<Exception> failed)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            Optional<String> line = logged.stream()
                    .filter(l -> l.startsWith("Previewing the pack at "))
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!goal.isAlive()) {
                throw new AssertionError("the goal ended without serving: " + failed.get() + " " + logged);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the goal never said where it serves: " + logged);
    }

    private static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // Declared further up.
            }
        }
        throw new NoSuchFieldException(name);
    }
}
