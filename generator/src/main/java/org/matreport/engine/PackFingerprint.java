package org.matreport.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.render.StyleReference;
import org.matreport.support.AtomicFiles;
import org.matreport.support.Format;
import org.matreport.support.Version;

/**
 * A digest of everything a pack is made from: the trust's files, the templates and the files their stylesheets
 * reach, the request's settings, the date
 * findings are judged against, and the matreport build. It is kept beside the pack, with a digest of each file
 * written, so that a run whose inputs are unchanged, and whose pack is still as written, can skip rendering.
 */
public final class PackFingerprint {

    /** Hidden, so that publishing the output folder (forge pages, artifacts) leaves it out. */
    public static final String FILE_NAME = ".matreport-fingerprint";

    private static final String HEADER =
            "# What the pack in this folder was made from. Delete this file to render the pack again.";

    private final String inputs;

    private PackFingerprint(String inputs) {
        this.inputs = inputs;
    }

    /** The fingerprint of a loaded trust rendered as requested, with findings judged on {@code referenceDate}. */
    public static PackFingerprint of(LoadedTrust trust, PackRequest request, LocalDate referenceDate)
            throws IOException {
        Digest digest = new Digest();
        digest.add("matreport", Version.current());
        digest.add("build", Build.DIGEST);
        digest.add(
                "formats",
                request.formats().stream()
                        .map(Format::extension)
                        .sorted()
                        .toList()
                        .toString());
        digest.add("sourceDateEpoch", String.valueOf(request.sourceDateEpoch()));
        digest.add(
                "appendix",
                request.appendix() == null ? "by format" : request.appendix().word());
        digest.add("referenceDate", String.valueOf(referenceDate));
        for (Path file : trustFiles(trust)) {
            digest.addFile("trust/" + trust.folder().relativize(file), file);
        }
        Path templates = request.templatesFolder();
        digest.add("templates", templates == null ? "built-in" : "folder");
        if (templates != null && Files.isDirectory(templates)) {
            for (Path file : filesUnder(templates)) {
                digest.addFile("templates/" + templates.relativize(file), file);
            }
            // A stylesheet may reach a picture or font in the trust folder, which the pack then carries.
            for (Path file : StyleReference.filesReached(templates, trust.folder())) {
                Path folder = file.startsWith(trust.folder())
                        ? trust.folder()
                        : templates.toAbsolutePath().normalize();
                digest.addFile("style/" + folder.relativize(file), file);
            }
        }
        return new PackFingerprint(digest.hex());
    }

    /**
     * The pack's files when the output folder holds a pack made from the same inputs and every file is still as it
     * was written; empty when the pack must be rendered.
     */
    public Optional<List<Path>> currentPack(Path outputFolder) throws IOException {
        Path record = outputFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        if (lines.size() < 3 || !lines.get(1).equals("inputs " + inputs)) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            Optional<Recorded> recorded = Recorded.parse(line);
            if (recorded.isEmpty()) {
                return Optional.empty();
            }
            Path file = outputFolder.resolve(recorded.get().name());
            if (!Files.isRegularFile(file)
                    || !Digest.ofFile(file).equals(recorded.get().digest())) {
                return Optional.empty();
            }
            files.add(file);
        }
        return Optional.of(List.copyOf(files));
    }

    /**
     * The files the last run wrote in the output folder under names the next pack does not have (the trust was
     * renamed), and that are still exactly as that run wrote them: the old pack's files, which the next one replaces.
     * Only files matreport wrote and nobody has changed since may be cleared away; those the next pack overwrites
     * are not even read.
     */
    public static List<Path> replacedBy(Path outputFolder, Set<String> nextNames) throws IOException {
        Path record = outputFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(record)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
            Optional<Recorded> recorded = Recorded.parse(line);
            if (recorded.isEmpty() || nextNames.contains(recorded.get().name())) {
                continue;
            }
            String name = recorded.get().name();
            // Only a plain name in this folder: a record edited by hand cannot point the clean-up elsewhere.
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
                continue;
            }
            Path file = outputFolder.resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Digest.ofFile(file).equals(recorded.get().digest())) {
                files.add(file);
            }
        }
        return List.copyOf(files);
    }

    /** Removes the record before a render, so that a run stopped halfway never leaves a pack that looks current. */
    public static void forget(Path outputFolder) throws IOException {
        Files.deleteIfExists(outputFolder.resolve(FILE_NAME));
    }

    /** Records the fingerprint and the pack just written, once every file is in place. */
    public void record(Path outputFolder, List<Path> written) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("inputs ").append(inputs).append('\n');
        for (Path file : written) {
            text.append("file ")
                    .append(Digest.ofFile(file))
                    .append(' ')
                    .append(file.getFileName())
                    .append('\n');
        }
        AtomicFiles.write(outputFolder.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The files the loader reads (the folder's YAML files) and the logo the pack embeds. */
    private static List<Path> trustFiles(LoadedTrust trust) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(trust.folder())) {
            entries.filter(p -> TrustLoader.isYamlName(p.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(files::add);
        }
        var profile = trust.trust().profile();
        if (profile != null && profile.logo() != null) {
            Path logo = trust.folder().resolve(profile.logo()).normalize();
            if (Files.isRegularFile(logo)) {
                files.add(logo);
            }
        }
        return files;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** One {@code file DIGEST NAME} line of the record: a file written and the digest of what was written. */
    private record Recorded(String digest, String name) {

        static Optional<Recorded> parse(String line) {
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].equals("file")) {
                return Optional.empty();
            }
            return Optional.of(new Recorded(parts[1], parts[2]));
        }
    }

    /** SHA-256 over named parts; each part is length-prefixed so that no two different inputs run together. */
    private static final class Digest {

        private final MessageDigest sha = sha256();

        void add(String name, String value) {
            part(name.getBytes(StandardCharsets.UTF_8));
            part(value.getBytes(StandardCharsets.UTF_8));
        }

        void addFile(String name, Path file) throws IOException {
            part(name.replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            // Streamed, never read whole: the file's length prefixes its bytes as for any other part.
            sha.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            stream(sha, file);
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }

        static String ofFile(Path file) throws IOException {
            MessageDigest digest = sha256();
            stream(digest, file);
            return HexFormat.of().formatHex(digest.digest());
        }

        private static void stream(MessageDigest digest, Path file) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            try (var in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }

        private void part(byte[] bytes) {
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime provides SHA-256", e);
            }
        }
    }

    /**
     * The running matreport build. A snapshot keeps its version number across rebuilds, so the jar's size and time
     * are part of the fingerprint: a rebuilt matreport renders again. Not its bytes: hashing the 30 MB command-line
     * jar cost every cold run more than reading the trust. Classes run from a folder (tests) add nothing.
     */
    private static final class Build {

        static final String DIGEST = digest();

        private static String digest() {
            CodeSource source = PackFingerprint.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            try {
                Path jar = Path.of(source.getLocation().toURI());
                return Files.isRegularFile(jar)
                        ? Files.size(jar) + " bytes, "
                                + Files.getLastModifiedTime(jar).toMillis()
                        : "classes";
            } catch (URISyntaxException | IOException | IllegalArgumentException e) {
                return "unknown";
            }
        }
    }
}
