package org.matreport.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.matreport.model.Trust;

/**
 * Reads a trust folder into the model. Every problem in every file is gathered and reported at once, each placed at
 * its file, line and column; hostile or broken input ends in those problems, never in another exception or a hang.
 */
public final class TrustLoader {

    static final String MAIN_FILE = "trust.yaml";

    /** What the user sees when the fault is matreport's own; tests look for it to catch such faults. */
    static final String OWN_FAULT =
            "the trust could not be read because of a fault in matreport; please report it with these files";

    private final RuleIds ruleIds;
    private final LoadLimits limits;

    /** @param ruleIds the rules a trust may name, from the rules above this layer */
    public TrustLoader(RuleIds ruleIds) {
        this(ruleIds, LoadLimits.defaults());
    }

    public TrustLoader(RuleIds ruleIds, LoadLimits limits) {
        this.ruleIds = java.util.Objects.requireNonNull(ruleIds, "ruleIds");
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    public LoadedTrust load(Path folder) throws InvalidTrustException {
        LoadAttempt attempt = attempt(folder);
        if (!attempt.problems().isEmpty() || attempt.loaded() == null) {
            throw new InvalidTrustException(attempt.problems());
        }
        return attempt.loaded();
    }

    /**
     * Reads as much as the files allow, with every problem, instead of failing: for looking back at an older revision
     * whose files no longer load. A trust with problems may have sections left empty, so only read it, never render.
     */
    public LoadAttempt attempt(Path folder) {
        Problems problems = new Problems();
        LoadedTrust loaded;
        try {
            loaded = read(folder, problems);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours, not of the files; still an answer the user can act on rather than a stack trace.
            problems.add(Location.ofFile(MAIN_FILE), "", OWN_FAULT);
            loaded = null;
        }
        return new LoadAttempt(loaded, problems.sorted(limits.maxProblems()));
    }

    private LoadedTrust read(Path folder, Problems problems) {
        if (!Files.exists(folder)) {
            problems.add(
                    Location.ofFile(folder.toString()),
                    "",
                    "no trust folder here; give the folder that holds trust.yaml");
            return null;
        }
        if (!Files.isDirectory(folder)) {
            problems.add(
                    Location.ofFile(folder.toString()), "", "is not a folder; give the folder that holds trust.yaml");
            return null;
        }
        Optional<List<Path>> files = yamlFiles(folder, problems);
        if (files.isEmpty()) {
            return null;
        }
        if (files.get().stream().noneMatch(f -> f.getFileName().toString().equals(MAIN_FILE))) {
            // Most often the wrong folder: one line that names it says more than a problem for every section.
            problems.add(
                    Location.ofFile(folder.toAbsolutePath().normalize().toString()),
                    "",
                    "no trust.yaml here, so this is not a trust folder; run matreport in the folder that holds"
                            + " trust.yaml or name that folder (matreport check FOLDER), or start one with"
                            + " matreport init");
            return null;
        }
        TrustFileReader reader = new TrustFileReader(limits, problems);
        YamlTreeReader parser = new YamlTreeReader(limits, problems);
        TrustSections sections = new TrustSections(problems);
        boolean complete = true;
        for (Path file : files.get()) {
            String name = file.getFileName().toString();
            Optional<YamlNode> root = insideFolder(folder, file, name, problems)
                    ? reader.read(file, name).flatMap(parser::read)
                    : Optional.empty();
            if (root.isPresent()) {
                sections.add(name, root.get());
            } else {
                complete = false;
            }
        }
        YamlNode.Mapping merged = sections.merged();
        for (Problem unprintable : HiddenCharacters.unprintable(merged)) {
            problems.add(unprintable.location(), unprintable.path(), unprintable.message());
        }
        if (!new SizeCheck(limits, problems).within(merged)) {
            return null;
        }
        SourceMap sources = TrustSections.sourceMap(merged);
        ModelBinder binder = new ModelBinder(problems);
        Trust trust = (Trust) binder.bindTrust(merged, complete);
        if (complete) {
            new ReferenceCheck(problems, binder, sources, merged, ruleIds).check(trust);
            if (trust.profile() != null && trust.profile().logo() != null) {
                new LogoCheck(problems)
                        .check(
                                folder,
                                trust.profile().logo(),
                                sources.nearest("trust.logo").orElse(Location.ofFile(MAIN_FILE)));
            }
        }
        return new LoadedTrust(folder.toAbsolutePath().normalize(), trust, sources, HiddenCharacters.in(merged));
    }

    /** The folder's YAML files in name order; subfolders are not searched. */
    private Optional<List<Path>> yamlFiles(Path folder, Problems problems) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> isYamlName(p.getFileName().toString())).forEach(found::add);
        } catch (IOException | SecurityException e) {
            problems.add(
                    Location.ofFile(folder.toString()),
                    "",
                    "the trust folder cannot be read; allow the user running matreport to read it");
            return Optional.empty();
        }
        if (found.size() > limits.maxFiles()) {
            problems.add(
                    Location.ofFile(folder.toString()),
                    "",
                    "the trust folder holds " + found.size() + " YAML files, over the limit of " + limits.maxFiles()
                            + "; merge some of them");
            return Optional.empty();
        }
        found.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        return Optional.of(found);
    }

    /**
     * Whether a file of this name is read as part of the trust: the loader and the pack fingerprint agree on it.
     * Hidden files are tools' settings kept beside the trust ({@code .gitlab-ci.yml}), never trust files.
     */
    public static boolean isYamlName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    /** A file that is a link leading outside the folder is refused: the folder is what the trust reviews in git. */
    private static boolean insideFolder(Path folder, Path file, String name, Problems problems) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            if (file.toRealPath().startsWith(folder.toRealPath())) {
                return true;
            }
            problems.add(
                    Location.ofFile(name),
                    "",
                    "is a link to a file outside the trust folder; copy the file into " + "the folder instead");
        } catch (IOException e) {
            problems.add(Location.ofFile(name), "", "is a link to a file that does not exist; remove it or fix it");
        }
        return false;
    }
}
