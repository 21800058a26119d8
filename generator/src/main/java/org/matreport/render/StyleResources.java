package org.matreport.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.matreport.support.Log;

/**
 * Carries the files that a trust's stylesheets reach with a relative {@code url(...)} (a background picture, a font
 * beside the CSS) inside the page as data: URIs, as the logo is carried: the HTML file then still shows them when it
 * is copied alone, and the PDF printer never opens a file for them.
 *
 * <p>A reference that cannot be carried is left out with a warning naming the template file and line that wrote it,
 * and why; the pack is still made. A font that cannot be carried takes its whole {@code @font-face} rule with it, and
 * its family prints in DejaVu Sans ({@link #fallbackFamilies}).
 *
 * <p>One instance serves the pages of one pack, which may be made on two threads; each call holds it whole.
 */
final class StyleResources {

    private static final Pattern STYLE =
            Pattern.compile("(<style\\b[^>]*>)(.*?)(</style>)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** An {@code @import} (left to the printer's guard), an {@code @font-face} rule, or any other url. */
    private static final Pattern PART = Pattern.compile(
            "(@import\\b[^;]*;?)|(@font-face\\s*\\{[^}]*\\})|" + StyleReference.URL.pattern(),
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FAMILY =
            Pattern.compile("font-family\\s*:\\s*(['\"]?)([^;'\"}]+)\\1", Pattern.CASE_INSENSITIVE);

    /** The pictures the PDF printer draws as a background, by file ending, with the bytes each starts with. */
    private static final Map<String, Picture> PICTURES = Map.of(
            "png", new Picture("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", new Picture("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8}),
            "jpeg", new Picture("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8}),
            "gif", new Picture("image/gif", new byte[] {'G', 'I', 'F', '8'}));

    private record Picture(String type, byte[] signature) {}

    private final StyleReference references;
    private final Path templatesFolder;
    private final Log log;
    private final Map<String, String> carried = new HashMap<>();
    private final Set<String> warned = new LinkedHashSet<>();
    private final Set<String> fallbackFamilies = new LinkedHashSet<>();

    /**
     * @param templatesFolder the trust's own templates, or {@code null} for the built-in ones
     * @param trustFolder the trust's folder
     */
    StyleResources(Path templatesFolder, Path trustFolder, Log log) {
        this.references = new StyleReference(templatesFolder, trustFolder);
        this.templatesFolder = templatesFolder;
        this.log = log;
    }

    /** The page with every relative url in its {@code <style>} elements carried inside it, or left out. */
    synchronized String inline(String page) {
        Matcher style = STYLE.matcher(page);
        StringBuilder out = new StringBuilder(page.length());
        while (style.find()) {
            String css = carry(style.group(2));
            style.appendReplacement(out, Matcher.quoteReplacement(style.group(1) + css + style.group(3)));
        }
        style.appendTail(out);
        return out.toString();
    }

    /** The font families whose {@code @font-face} rule was left out; the PDF prints them in DejaVu Sans. */
    synchronized Set<String> fallbackFamilies() {
        return Set.copyOf(fallbackFamilies);
    }

    private String carry(String css) {
        Matcher part = PART.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (part.find()) {
            String replacement;
            if (part.group(1) != null) {
                replacement = part.group();
            } else if (part.group(2) != null) {
                replacement = fontFace(part.group(2));
            } else {
                String data = dataUri(part.group("ref"), false);
                replacement = data == null ? "none" : data.isEmpty() ? part.group() : "url(\"" + data + "\")";
            }
            part.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        part.appendTail(out);
        return out.toString();
    }

    /** The rule with its fonts carried, or nothing when one of them cannot be. */
    private String fontFace(String rule) {
        Matcher url = StyleReference.URL.matcher(rule);
        StringBuilder out = new StringBuilder(rule.length());
        while (url.find()) {
            String data = dataUri(url.group("ref"), true);
            if (data == null) {
                Matcher family = FAMILY.matcher(rule);
                if (family.find()) {
                    fallbackFamilies.add(family.group(2).strip());
                }
                return "";
            }
            url.appendReplacement(
                    out, Matcher.quoteReplacement(data.isEmpty() ? url.group() : "url(\"" + data + "\")"));
        }
        url.appendTail(out);
        return out.toString();
    }

    /**
     * The reference as a data: URI; empty when it is not a file (left as it is); {@code null}, with a warning, when
     * it cannot be carried.
     */
    private String dataUri(String reference, boolean font) {
        String key = (font ? "font " : "picture ") + reference;
        if (carried.containsKey(key)) {
            return carried.get(key);
        }
        StyleReference.Target target = references.resolve(reference);
        String data;
        if (target instanceof StyleReference.Found found) {
            data = read(reference, found.file(), font);
        } else if (target instanceof StyleReference.Refused refused) {
            data = refuse(reference, refused.reason(), font);
        } else if (font) {
            // The PDF printer would load any other font source to nothing and print the family with no font at all.
            data = fontInside(reference);
        } else {
            data = "";
        }
        carried.put(key, data);
        return data;
    }

    /** A font given as a data: URI, checked as a file would be; any other address is refused. */
    private String fontInside(String reference) {
        String text = reference.strip();
        int comma = text.indexOf(',');
        if (!text.regionMatches(true, 0, "data:", 0, 5) || comma < 0) {
            return refuse(reference, "is refused: " + ResourceGuard.ALLOWED, true);
        }
        if (!text.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            return refuse(reference, "is not a TrueType font in base64", true);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(text.substring(comma + 1).replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            return refuse(reference, "is not a TrueType font in base64", true);
        }
        return isTrueType(bytes) ? "" : refuse(reference, "is not a TrueType font (.ttf)", true);
    }

    private String read(String reference, Path file, boolean font) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return refuse(reference, "cannot be read; allow the user running matreport to read it", font);
        }
        if (font) {
            return isTrueType(bytes)
                    ? "data:font/ttf;base64," + Base64.getEncoder().encodeToString(bytes)
                    : refuse(reference, "is not a TrueType font (.ttf)", true);
        }
        String name = file.getFileName().toString();
        Picture picture = PICTURES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (picture == null
                || !Arrays.equals(
                        bytes,
                        0,
                        Math.min(bytes.length, picture.signature().length),
                        picture.signature(),
                        0,
                        picture.signature().length)) {
            return refuse(reference, "is not a PNG, JPEG or GIF picture", false);
        }
        return "data:" + picture.type() + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** Whether the PDF printer can embed the font: TrueType outlines (a glyf table), as the built-in fonts have. */
    private static boolean isTrueType(byte[] bytes) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            return font.getTableMap().containsKey("glyf") && font.getNumberOfGlyphs() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String refuse(String reference, String reason, boolean font) {
        if (warned.add(reference + "\n" + reason)) {
            log.warn("Stylesheet: not loaded: " + shorten(reference) + writtenIn(reference) + " " + reason
                    + (font ? "; its text prints in DejaVu Sans instead" : "; the page is shown without it"));
        }
        return null;
    }

    /** {@code " (templates/pack.css:12)"}: the first template file that writes the reference, when one does. */
    private String writtenIn(String reference) {
        if (templatesFolder == null || !Files.isDirectory(templatesFolder)) {
            return "";
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(templatesFolder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return "";
        }
        for (Path file : files) {
            String text;
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            int at = text.indexOf(reference);
            if (at >= 0) {
                long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                return " (" + templatesFolder.resolve(templatesFolder.relativize(file)) + ":" + line + ")";
            }
        }
        return "";
    }

    private static String shorten(String reference) {
        return reference.length() <= 120 ? reference : reference.substring(0, 117) + "...";
    }
}
