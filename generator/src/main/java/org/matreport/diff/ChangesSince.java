package org.matreport.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.matreport.load.LoadAttempt;
import org.matreport.load.LoadedTrust;
import org.matreport.load.Problem;
import org.matreport.load.TrustLoader;
import org.matreport.rules.CheckResult;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;
import org.matreport.support.InvalidRequestException;

/**
 * Works out what changed since an earlier pack, from the trust folder at a git revision or from the findings file an
 * earlier check wrote. An earlier revision that no longer loads (an older schema, invalid data) is still compared as
 * far as it goes, and the result says what was left out and why.
 */
public final class ChangesSince {

    /** How many of an old revision's problems are quoted; the rest are counted. */
    static final int PROBLEMS_QUOTED = 3;

    static final long MAX_FINDINGS_FILE = 32L * 1024 * 1024;

    private final TrustLoader loader = new TrustLoader(Rulebook.ids());
    private final CoherenceCheck coherence = new CoherenceCheck();

    /**
     * Compares today's trust and findings with the trust folder at {@code ref}. Findings of the old revision are
     * judged on the date the old files name (their board meeting), or {@code today}.
     */
    public Changes revision(Path trustFolder, String ref, LoadedTrust current, CheckResult findings, LocalDate today)
            throws InvalidRequestException, IOException {
        Path old = Files.createTempDirectory("matreport-since-");
        try {
            String since = new GitRevision(trustFolder, ref).materialise(old);
            LoadAttempt attempt = loader.attempt(old);
            List<String> notes = new ArrayList<>();
            if (attempt.clean()) {
                CheckResult before = coherence.run(attempt.loaded(), today);
                return new Changes(
                        since,
                        notes,
                        true,
                        compare(states(before), states(findings)),
                        true,
                        new DataComparison().compare(attempt.loaded().trust(), current.trust()));
            }
            notes.add(problemsNote(since, attempt.problems()));
            notes.add("findings were not compared: the coherence rules only run on files that load");
            boolean anyData = attempt.loaded() != null && attempt.loaded().trust() != null;
            if (anyData) {
                notes.add("data changes are compared from the parts of the old files that could be read;"
                        + " sections that could not be read are left out");
            } else {
                notes.add("data changes were not compared: nothing could be read from the old files");
            }
            return new Changes(
                    since,
                    notes,
                    false,
                    List.of(),
                    anyData,
                    anyData
                            ? new DataComparison().compare(attempt.loaded().trust(), current.trust(), false)
                            : List.of());
        } finally {
            deleteTree(old);
        }
    }

    /** Compares today's findings with a findings file written by {@code matreport check --format json}. */
    public Changes findingsFile(Path file, CheckResult findings) throws InvalidRequestException {
        JsonNode root = readFindingsFile(file);
        List<FindingState> before = new ArrayList<>();
        root.get("findings").forEach(node -> before.add(FindingState.of(node)));
        String date = root.path("referenceDate").asText("");
        return new Changes(
                file.getFileName() + (date.isEmpty() ? "" : " (findings of " + date + ")"),
                List.of("data changes were not compared: a findings file holds findings only; use --since REF"),
                true,
                compare(before, states(findings)),
                false,
                List.of());
    }

    private static JsonNode readFindingsFile(Path file) throws InvalidRequestException {
        String problem = "is not a findings file written by 'matreport check --format json'";
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidRequestException(file + ": no such file; give the findings file of the last pack");
            }
            if (Files.size(file) > MAX_FINDINGS_FILE) {
                throw new InvalidRequestException(
                        file + ": over " + MAX_FINDINGS_FILE / (1024 * 1024) + " MB; " + problem);
            }
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (root == null || !root.isObject() || !root.path("findings").isArray()) {
                throw new InvalidRequestException(file + ": " + problem + " (it has no 'findings' list)");
            }
            return root;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidRequestException(file + ":" + line + ": " + problem + " (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InvalidRequestException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static List<FindingChange> compare(List<FindingState> before, List<FindingState> after) {
        return new FindingComparison().compare(before, after);
    }

    private static List<FindingState> states(CheckResult result) {
        return result.findings().stream().map(FindingState::of).toList();
    }

    private static String problemsNote(String since, List<Problem> problems) {
        StringBuilder note = new StringBuilder("the trust files at ")
                .append(since)
                .append(" do not load with this version (")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        List<String> quoted =
                problems.stream().limit(PROBLEMS_QUOTED).map(Problem::toString).toList();
        if (!quoted.isEmpty()) {
            note.append(": ").append(String.join("; ", quoted));
            if (problems.size() > quoted.size()) {
                note.append("; ...");
            }
        }
        return note.append(')').toString();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
