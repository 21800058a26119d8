package org.matreport.gias;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.matreport.load.LoadAttempt;
import org.matreport.load.Problem;
import org.matreport.load.TrustLoader;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.model.Urn;
import org.matreport.rules.Rulebook;
import org.matreport.support.AtomicFiles;
import org.matreport.support.InvalidRequestException;

/**
 * Writes or refreshes a trust's {@code schools} section from the national register's extracts. Register fields are
 * refreshed; what the trust wrote by hand (group, performance, ownApproach) is kept for every school still open, as is
 * a register field the register leaves empty. The new file is checked by the loader before it replaces the old one,
 * and replaces it whole or not at all.
 */
public final class GiasImport {

    private final TrustLoader loader = new TrustLoader(Rulebook.ids());

    public ImportReport run(Path trustFolder, String trust, Path establishmentsFile, Path linksFile)
            throws InvalidRequestException, IOException {
        if (!Files.isRegularFile(trustFolder.resolve("trust.yaml"))) {
            throw new InvalidRequestException(
                    "no trust.yaml in " + trustFolder + "; run 'matreport init' there first, or give the trust folder");
        }
        List<School> existing = handWritten(trustFolder);
        SchoolMapping mapping = new SchoolMapping();
        RegisterFile establishments = RegisterFile.read(establishmentsFile, Register.ESTABLISHMENT_COLUMNS);
        RegisterFile links = linksFile == null ? null : RegisterFile.read(linksFile, Register.LINK_COLUMNS);
        TrustMembers.Found found = new TrustMembers(trust, mapping).find(establishments, links);

        List<School> merged = merge(existing, found.schools());
        SchoolsSection section = SchoolsSection.find(trustFolder);
        String written =
                new SchoolsEdit().update(section.section(), merged).orElseGet(() -> new SchoolsYaml().section(merged));
        String content = section.replacedBy(written);
        checkLoads(trustFolder, section.file(), content);
        AtomicFiles.write(section.file(), content.getBytes(StandardCharsets.UTF_8));

        Set<Urn> before = new HashSet<>();
        existing.forEach(s -> before.add(s.urn()));
        Set<Urn> after = new HashSet<>();
        merged.forEach(s -> after.add(s.urn()));
        return new ImportReport(
                section.file(),
                found.trustName(),
                found.groupUid(),
                merged.size(),
                merged.stream()
                        .filter(s -> !before.contains(s.urn()))
                        .map(GiasImport::named)
                        .toList(),
                existing.stream()
                        .filter(s -> !after.contains(s.urn()))
                        .map(GiasImport::named)
                        .toList(),
                mapping.unmapped());
    }

    /**
     * The schools as the trust's files list them now. A problem inside the schools section could hide a school and
     * with it the trust's own fields, so the import stops until it is fixed; problems elsewhere are left to the check.
     */
    private List<School> handWritten(Path trustFolder) throws InvalidRequestException {
        LoadAttempt attempt = loader.attempt(trustFolder);
        List<Problem> inSchools = attempt.problems().stream()
                .filter(p -> p.path().startsWith("schools"))
                .toList();
        if (!inSchools.isEmpty()) {
            throw new InvalidRequestException("the schools section has problems; fix them first, so that what the"
                    + " trust wrote by hand is kept:\n  "
                    + String.join(
                            "\n  ", inSchools.stream().map(Problem::toString).toList()));
        }
        Trust trust = attempt.loaded() == null ? null : attempt.loaded().trust();
        return trust == null ? List.of() : trust.schools();
    }

    /** Schools still open keep their place and the trust's own fields; schools that joined follow, by name. */
    private static List<School> merge(List<School> existing, List<RegisterSchool> register) {
        Map<Urn, RegisterSchool> byUrn = new LinkedHashMap<>();
        register.forEach(s -> byUrn.put(s.urn(), s));
        List<School> merged = new ArrayList<>();
        for (School school : existing) {
            RegisterSchool now = byUrn.remove(school.urn());
            if (now != null) {
                merged.add(refreshed(school, now));
            }
        }
        byUrn.values().stream()
                .sorted(Comparator.comparing(
                        (RegisterSchool s) -> s.name() == null ? "" : s.name().toLowerCase(Locale.ROOT)))
                .forEach(s -> merged.add(new School(
                        s.urn(),
                        s.name() == null ? "URN " + s.urn() : s.name(),
                        s.phase(),
                        s.region(),
                        s.localAuthority(),
                        s.pupils(),
                        s.joined(),
                        null,
                        null,
                        List.of(),
                        List.of())));
        return merged;
    }

    private static School refreshed(School hand, RegisterSchool register) {
        return new School(
                hand.urn(),
                or(register.name(), hand.name()),
                or(register.phase(), hand.phase()),
                or(register.region(), hand.region()),
                or(register.localAuthority(), hand.localAuthority()),
                or(register.pupils(), hand.pupils()),
                or(register.joined(), hand.joined()),
                hand.group(),
                hand.performance(),
                hand.performanceBasis(),
                hand.ownApproach());
    }

    /**
     * Loads the trust folder's YAML files with the new text in a scratch folder, before and after, and refuses the
     * new text if it brings a problem the old one did not have. The trust's files are not touched until it passes.
     */
    private void checkLoads(Path trustFolder, Path file, String content) throws IOException, InvalidRequestException {
        Path scratch = Files.createTempDirectory("matreport-import-");
        try {
            Path before = Files.createDirectory(scratch.resolve("before"));
            Path after = Files.createDirectory(scratch.resolve("after"));
            try (Stream<Path> entries = Files.list(trustFolder)) {
                for (Path yaml : entries.filter(GiasImport::isYaml).toList()) {
                    Files.copy(yaml, before.resolve(yaml.getFileName()));
                    Files.copy(yaml, after.resolve(yaml.getFileName()));
                }
            }
            Files.writeString(after.resolve(file.getFileName().toString()), content, StandardCharsets.UTF_8);
            Set<String> old = new HashSet<>();
            loader.attempt(before).problems().forEach(p -> old.add(key(p)));
            List<String> added = loader.attempt(after).problems().stream()
                    .filter(p -> !old.contains(key(p)))
                    .map(Problem::toString)
                    .toList();
            if (!added.isEmpty()) {
                throw new InvalidRequestException("the imported schools would not load, so " + file.getFileName()
                        + " was left as it was:\n  " + String.join("\n  ", added));
            }
        } finally {
            try (Stream<Path> all = Files.walk(scratch)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(path);
    }

    /** A problem without its line, which moves when the section grows, and without list positions. */
    private static String key(Problem problem) {
        return problem.location().file() + "|" + problem.path().replaceAll("\\[[0-9]+]", "[]") + "|"
                + problem.message();
    }

    private static String named(School school) {
        return school.name() + " (" + school.urn() + ")";
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
