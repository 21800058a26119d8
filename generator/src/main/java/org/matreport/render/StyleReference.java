package org.matreport.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.matreport.load.LoadLimits;

/**
 * Where a relative {@code url(...)} in a trust's stylesheet leads. A stylesheet lives in the templates folder, so its
 * references are read from there (from the trust folder when the pack uses the built-in templates), and they may
 * reach only files inside the templates folder or the trust folder, links followed. A reference with a scheme
 * ({@code data:}, {@code https:}, {@code file:}) or only a fragment is not this class's: data: URIs are already
 * inside the page, and the PDF printer's guard refuses the rest.
 */
public final class StyleReference {

    /** {@code url(...)} in CSS, quoted or not; the group {@code ref} is the reference. */
    static final Pattern URL =
            Pattern.compile("url\\(\\s*(?<quote>['\"]?)(?<ref>.*?)\\k<quote>\\s*\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final Path base;
    private final List<Path> folders;

    /**
     * @param templatesFolder the trust's own templates, or {@code null} for the built-in ones
     * @param trustFolder the trust's folder
     */
    StyleReference(Path templatesFolder, Path trustFolder) {
        Path trust = trustFolder.toAbsolutePath().normalize();
        Path templates = templatesFolder == null
                ? null
                : templatesFolder.toAbsolutePath().normalize();
        this.base = templates == null ? trust : templates;
        List<Path> allowed = new ArrayList<>();
        if (templates != null) {
            allowed.add(templates);
        }
        allowed.add(trust);
        this.folders = List.copyOf(allowed);
    }

    /** What a reference leads to. */
    sealed interface Target permits NotAFile, Refused, Found {}

    /** A data: URI, an address with a scheme, or a fragment: left as it is. */
    record NotAFile() implements Target {}

    /** A reference that may not or cannot be read, and why (words that follow the reference). */
    record Refused(String reason) implements Target {}

    /** A file inside the allowed folders, checked to exist and to be small enough to carry in the page. */
    record Found(Path file) implements Target {}

    Target resolve(String reference) {
        String text = reference.strip();
        if (text.isEmpty() || text.startsWith("#") || SCHEME.matcher(text).matches() || text.startsWith("//")) {
            return new NotAFile();
        }
        String path;
        try {
            path = new URI(text).getPath();
        } catch (URISyntaxException e) {
            path = text.replaceFirst("[?#].*$", "");
        }
        if (path == null || path.isEmpty()) {
            return new NotAFile();
        }
        Path target;
        try {
            target = base.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return new Refused("is not a usable file name; write a path such as images/banner.png");
        }
        if (folders.stream().noneMatch(target::startsWith)) {
            return new Refused(outside());
        }
        if (Files.isDirectory(target)) {
            return new Refused("is a folder, not a file; name a file inside it");
        }
        if (!Files.exists(target)) {
            return new Refused("is missing: there is no such file in " + where(target) + "; add it or correct the url");
        }
        try {
            Path real = target.toRealPath();
            if (folders.stream().map(StyleReference::real).noneMatch(real::startsWith)) {
                return new Refused(
                        "is a link to a file outside " + folderWords() + "; copy the file into the folder instead");
            }
            // Judged from the file system, so that a huge file is never read to find it too large.
            if (Files.size(target) > LoadLimits.MAX_ASSET_BYTES) {
                return new Refused("is larger than " + LoadLimits.MAX_ASSET_BYTES / 1024
                        + " KiB, more than a picture or font in a pack needs; make it smaller");
            }
        } catch (IOException e) {
            return new Refused("cannot be read; allow the user running matreport to read it");
        }
        if (!Files.isReadable(target)) {
            return new Refused("cannot be read; allow the user running matreport to read it");
        }
        return new Found(target);
    }

    /**
     * Every file the templates folder's files reach with a relative {@code url(...)} that may be read, in order: the
     * pack carries them, so a changed picture must change the pack's fingerprint even when it lies in the trust
     * folder rather than beside the stylesheet. Templates are read as text; the caller has already judged their size.
     */
    public static List<Path> filesReached(Path templatesFolder, Path trustFolder) throws IOException {
        if (templatesFolder == null || !Files.isDirectory(templatesFolder)) {
            return List.of();
        }
        StyleReference references = new StyleReference(templatesFolder, trustFolder);
        TreeSet<Path> reached = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(templatesFolder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Matcher url = URL.matcher(text);
            while (url.find()) {
                if (references.resolve(url.group("ref")) instanceof Found found) {
                    reached.add(found.file());
                }
            }
        }
        return List.copyOf(reached);
    }

    private String outside() {
        return "leads outside " + folderWords() + "; a stylesheet may use only files inside "
                + (folders.size() == 2 ? "them" : "it") + " and data: URIs";
    }

    private String folderWords() {
        return folders.size() == 2 ? "the templates folder and the trust folder" : "the trust folder";
    }

    private String where(Path target) {
        Path parent = target.getParent();
        for (Path folder : folders) {
            if (parent != null && parent.startsWith(folder)) {
                Path inside = folder.relativize(parent);
                String name = folder == base && folders.size() == 2 ? "the templates folder" : "the trust folder";
                return inside.toString().isEmpty() ? name : inside.toString().replace('\\', '/') + " in " + name;
            }
        }
        return "its folder";
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
