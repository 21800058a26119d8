package org.matreport.render;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import org.matreport.load.LoadLimits;
import org.matreport.load.LoadedTrust;
import org.matreport.load.LogoContent;

/**
 * The trust's logo as a data: URI, so that the HTML page carries it inside and the PDF printer never opens a file.
 * The loader has already checked that the path stays inside the trust folder and that the logo can be drawn; the file
 * is judged again here ({@link LogoContent}) because it may have changed since.
 */
final class Logo {

    /** A logo is a small picture; a bigger file is a mistake that would bloat every pack. */
    static final long MAX_BYTES = LoadLimits.MAX_ASSET_BYTES;

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
            byte[] bytes = Files.readAllBytes(file);
            var fault = LogoContent.fault(logo, bytes);
            if (fault.isPresent()) {
                throw new RenderException("the logo " + logo + " " + fault.get().message(), null);
            }
            boolean svg = LogoContent.isSvg(logo);
            String type = svg ? "image/svg+xml" : "image/png";
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (NoSuchFileException e) {
            throw new RenderException(
                    "the logo " + logo + " is missing from the trust folder; add it or correct trust.logo", e);
        } catch (AccessDeniedException e) {
            throw new RenderException(
                    "the logo " + logo + " cannot be read; allow the user running matreport to read it", e);
        } catch (IOException e) {
            throw new RenderException("cannot read the logo " + logo + ": " + e.getMessage(), e);
        }
    }
}
