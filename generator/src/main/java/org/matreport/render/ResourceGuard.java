package org.matreport.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.matreport.support.Log;

/**
 * Everything the PDF renderer may read while it prints a pack: {@code data:} URIs, and files inside the trust folder
 * or the trust's templates folder. Anything else (the network, other files, links leaving those folders) is refused
 * with a warning, because a pack is rendered in CI from files anyone with write access can change, and a page that
 * could fetch {@code http://} or {@code file:///} would let them reach the network or copy secrets into a published
 * PDF.
 *
 * <p>It is both the renderer's URI resolver, which turns every reference into an allowed URI or nothing, and its
 * stream factory for every protocol the JDK can open, so that a URI reaching the renderer by another path still
 * cannot be read.
 */
final class ResourceGuard implements FSUriResolver, FSStreamFactory {

    /** Protocols Java's URL class can open; each is routed here rather than to the JDK. */
    private static final String[] OPENABLE = {"file", "jar", "ftp", "classpath", "jrt", "mailto", "netdoc"};

    /** What a pack may load, for every message that refuses something else. */
    static final String ALLOWED =
            "a pack may use only data: URIs and files inside the trust folder or its templates folder";

    private final Log log;
    private final URI base;
    private final List<Path> folders;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    /**
     * @param trustFolder the trust's folder, against which relative references resolve
     * @param templatesFolder the trust's own templates, or null for the built-in ones only
     */
    ResourceGuard(Log log, Path trustFolder, Path templatesFolder) {
        this.log = Objects.requireNonNull(log, "log");
        Path trust = trustFolder.toAbsolutePath().normalize();
        this.base = trust.toUri();
        List<Path> allowed = new ArrayList<>();
        allowed.add(real(trust));
        if (templatesFolder != null) {
            allowed.add(real(templatesFolder.toAbsolutePath().normalize()));
        }
        this.folders = List.copyOf(allowed);
    }

    /** Makes this guard the renderer's only way to resolve and open resources. */
    void install(PdfRendererBuilder builder) {
        builder.useUriResolver(this);
        builder.useHttpStreamImplementation(this);
        builder.useProtocolsStreamImplementation(this, OPENABLE);
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        String reference = uri.strip();
        if (reference.regionMatches(true, 0, "data:", 0, 5)) {
            return reference;
        }
        return allowedFile(baseUri, reference).map(p -> p.toUri().toString()).orElseGet(() -> refuse(uri));
    }

    @Override
    public FSStream getUrl(String uri) {
        Optional<Path> file = allowedFile(null, uri);
        if (file.isEmpty()) {
            refuse(uri);
            return new Opened(null);
        }
        try {
            return new Opened(Files.newInputStream(file.get()));
        } catch (IOException e) {
            log.warn("PDF: cannot read " + file.get() + ": " + e.getMessage());
            return new Opened(null);
        }
    }

    /** The file a reference names, when it is a file inside an allowed folder, links resolved. */
    private Optional<Path> allowedFile(String baseUri, String reference) {
        URI resolved;
        try {
            URI from = baseUri == null ? base : new URI(baseUri);
            resolved = from.resolve(new URI(reference));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"file".equals(String.valueOf(resolved.getScheme()).toLowerCase(Locale.ROOT))
                || resolved.getAuthority() != null) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(resolved).normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Path target = real(path);
        return folders.stream().anyMatch(target::startsWith) ? Optional.of(target) : Optional.empty();
    }

    private String refuse(String uri) {
        if (refused.add(uri)) {
            log.warn("PDF: not loaded: " + shorten(uri) + "; " + ALLOWED);
        }
        return null;
    }

    /** A data URI or a long link is cut, so that one reference does not fill the log. */
    private static String shorten(String uri) {
        return uri.length() <= 120 ? uri : uri.substring(0, 117) + "...";
    }

    /** The path with every link followed, or the path itself when it does not exist yet. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** A stream the renderer asked for; a null stream tells it the resource is not available. */
    private record Opened(InputStream stream) implements FSStream {

        @Override
        public InputStream getStream() {
            return stream;
        }

        @Override
        public Reader getReader() {
            return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
        }
    }
}
