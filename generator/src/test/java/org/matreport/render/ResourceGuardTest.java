package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matreport.support.Log;

class ResourceGuardTest {

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();
    private ResourceGuard guard;
    private Path trust;
    private Path templates;

    @BeforeEach
    void folders() throws IOException {
        trust = Files.createDirectories(temp.resolve("trust/assets"));
        trust = trust.getParent();
        Files.writeString(trust.resolve("assets/logo.svg"), "<svg/>");
        templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("extra.css"), "p {}");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(temp.resolve("elsewhere/passwd"), "secret");
        Files.createSymbolicLink(trust.resolve("linked"), temp.resolve("elsewhere"));
        guard = new ResourceGuard(
                new Log() {
                    @Override
                    public void info(String message) {}

                    @Override
                    public void warn(String message) {
                        warnings.add(message);
                    }
                },
                trust,
                templates);
    }

    @Test
    void filesInTheTrustAndTemplatesFoldersResolve() throws IOException {
        assertEquals(
                trust.resolve("assets/logo.svg").toRealPath().toUri().toString(),
                guard.resolveURI(null, "assets/logo.svg"));
        assertEquals(
                templates.resolve("extra.css").toRealPath().toUri().toString(),
                guard.resolveURI(null, templates.resolve("extra.css").toUri().toString()));
        assertEquals("data:image/png;base64,AAAA", guard.resolveURI(null, "data:image/png;base64,AAAA"));
        try (InputStream in = guard.getUrl(
                        trust.resolve("assets/logo.svg").toUri().toString())
                .getStream()) {
            assertEquals("<svg/>", new String(in.readAllBytes()));
        }
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../secret.txt",
                "assets/%2e%2e/%2e%2e/secret.txt",
                "linked/passwd",
                "file:///etc/hostname",
                "file://server/share/x.png",
                "file:secret.txt",
                "http://127.0.0.1/x.png",
                "https://example.org/x.css",
                "ftp://127.0.0.1/x",
                "jar:file:///tmp/x.jar!/y",
                "classpath:org/matreport/templates/pack.css",
                "//example.org/x.png",
                "assets/missing.svg"
            })
    void everythingElseIsRefusedWithAWarning(String reference) {
        assertNull(guard.resolveURI(null, reference));
        assertNull(guard.getUrl(reference).getStream());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("not loaded: " + reference)), warnings::toString);
    }
}
