package org.matreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.matreport.engine.Batch;
import org.matreport.engine.Batch.Outcome;
import org.matreport.engine.PackRequest;
import org.matreport.findings.TextReport;
import org.matreport.support.Format;
import org.matreport.support.RealPath;
import org.matreport.text.OneLine;

/**
 * {@code generate} for many trusts in one run: each trust's pack goes to its own folder, failures are reported per
 * trust, and a table sums the run up. The exit code is the worst of the trusts' own.
 */
final class BatchGenerate {

    private final PrintWriter out;
    private final PrintWriter err;

    BatchGenerate(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** The folders directly under {@code parent} that hold a {@code trust.yaml}, by name. */
    static List<Path> trustsUnder(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("trust.yaml")))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Each trust's pack goes to {@code output/<trust folder name>} when an output folder is given, else to the trust's
     * own {@code target/matreport}, as for a single trust. Two trusts whose folders share a name cannot share an output
     * folder; that is refused before anything is written.
     */
    static List<PackRequest> requests(
            List<Path> trusts, Path output, Set<Format> formats, Path templates, Long sourceDate) {
        Map<String, Path> byName = new HashMap<>();
        Map<Path, Path> byRealPath = new HashMap<>();
        List<PackRequest> requests = new ArrayList<>();
        for (Path trust : trusts) {
            Path same = byRealPath.putIfAbsent(RealPath.of(trust), trust);
            if (same != null) {
                throw new IllegalArgumentException(
                        "the trust folders " + same + " and " + trust + " are the same folder; name each trust once");
            }
            String name = trust.toAbsolutePath().normalize().getFileName().toString();
            Path clash = byName.putIfAbsent(name, trust);
            if (output != null && clash != null) {
                throw new IllegalArgumentException("the trust folders " + clash + " and " + trust
                        + " share the name '" + name + "', so their packs would share " + output.resolve(name)
                        + "; rename one, or leave out -o to write each pack into its own trust folder");
            }
            Path target = output != null
                    ? output.resolve(name)
                    : trust.resolve("target").resolve("matreport");
            requests.add(new PackRequest(trust, target, formats, templates, sourceDate));
        }
        return requests;
    }

    int run(List<PackRequest> requests, int jobs, LocalDate today) throws InterruptedException {
        Progress progress = Progress.choose(err, requests.size());
        List<Outcome> outcomes =
                new Batch(jobs).run(requests, today, outcome -> progress.finished(name(outcome), outcome));
        progress.close();

        int worst = Main.OK;
        List<String[]> rows = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            String trust = name(outcome);
            for (String warning : outcome.warnings()) {
                err.println(trust + ": warning: " + OneLine.of(warning));
            }
            if (outcome.written()) {
                rows.add(new String[] {
                    trust,
                    "written",
                    TextReport.countLine(outcome.pack().findings()),
                    Progress.seconds(outcome),
                    OneLine.of(outcome.request().outputFolder().toString())
                });
            } else {
                int code = explain(trust, outcome.failure());
                worst = Math.max(worst, code);
                rows.add(new String[] {
                    trust, code == Main.INVALID ? "invalid" : "not written", "-", Progress.seconds(outcome), "-"
                });
            }
        }
        out.print(table(rows));
        long written = outcomes.stream().filter(Outcome::written).count();
        out.println(outcomes.size() + " trusts: " + written + " written, " + (outcomes.size() - written) + " failed");
        return worst;
    }

    /** The failure's lines, each led by the trust's folder so that they can be told apart; returns its exit code. */
    private int explain(String trust, Exception failure) {
        StringWriter text = new StringWriter();
        int code = Failures.report(failure, new PrintWriter(text));
        text.toString().lines().forEach(line -> err.println(trust + ": " + line));
        return code;
    }

    private static String name(Outcome outcome) {
        return OneLine.of(outcome.request().trustFolder().toString());
    }

    static String table(List<String[]> rows) {
        String[] header = {"trust", "result", "findings", "time", "pack"};
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.length];
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
