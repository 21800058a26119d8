package org.matreport.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import org.matreport.load.LoadedTrust;

/**
 * The trust's logo as a data: URI, so that the HTML page carries it inside and the PDF printer never opens a file.
 * The loader has already checked that the path stays inside the trust folder.
 */
final class Logo {

    /** A logo is a small picture; a bigger file is a mistake that would bloat every pack. */
    static final long MAX_BYTES = 1024 * 1024;

    private Logo() {}

    /** The logo's data: URI, or {@code null} when the trust names none. */
    static String dataUri(LoadedTrust loaded) throws RenderException {
        String logo = loaded.trust().profile().logo();
        if (logo == null) {
            return null;
        }
        Path file = loaded.folder().resolve(logo);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RenderException(
                        "the logo " + logo + " is larger than " + MAX_BYTES / 1024
                                + " KiB; save a smaller SVG or PNG and point trust.logo at it",
                        null);
            }
            String type = logo.toLowerCase(Locale.ROOT).endsWith(".svg") ? "image/svg+xml" : "image/png";
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RenderException("cannot read the logo " + logo + ": " + e.getMessage(), e);
        }
    }
}
