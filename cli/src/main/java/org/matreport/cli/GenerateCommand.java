package org.matreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.matreport.engine.Batch;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.engine.SourceDate;
import org.matreport.render.Appendix;
import org.matreport.support.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matreport generate}: reads a trust folder and writes its strategy pack; given several folders, or
 * {@code --all}, writes every trust's pack in one run, several at a time.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write the trust's strategy pack in Markdown, HTML and PDF; with several trust folders or --all,"
                + " every trust's pack, several at once.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(
            arity = "0..*",
            paramLabel = "TRUST_DIR",
            description = "Trust folders, each holding trust.yaml (default: the current folder).")
    private List<Path> trustFolders = new ArrayList<>();

    @Option(
            names = "--all",
            paramLabel = "PARENT_DIR",
            description = "Also every folder directly under PARENT_DIR that holds a trust.yaml.")
    private List<Path> parents = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the pack (default: TRUST_DIR/target/matreport). For several trusts,"
                    + " each pack goes to OUT/<trust folder name>.")
    private Path output;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            defaultValue = "md,html,pdf",
            description = "Comma-separated formats: md, html, pdf (default: ${DEFAULT-VALUE}).")
    private String formats;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "A folder of templates and CSS that replace the built-in ones by file name.")
    private Path templates;

    @Option(
            names = "--since",
            paramLabel = "REF",
            description = "Add a 'Changes since the last pack' section comparing with the trust folder at this git"
                    + " revision (a commit, tag or branch of the repository holding TRUST_DIR).")
    private String since;

    @Option(
            names = "--force",
            description = "Render the pack even when nothing it is made from changed since the last run.")
    private boolean force;

    @Option(
            names = "--appendix",
            paramLabel = "full|short|none",
            description =
                    "How much of the strategy team's appendix the pack carries: full (the rule catalogue and every"
                            + " threshold too), short (data to complete, each finding's rule and places in the files, changed"
                            + " thresholds) or none (data to complete and the lists the body leaves to the back, without rule"
                            + " ids or file locations). Default: short in the PDF, full in HTML and"
                            + " Markdown.")
    private String appendix;

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            description = "With several trusts, how many packs to write at once (default: one per core).")
    private Integer jobs;

    @Override
    public Integer call() throws Exception {
        Set<Format> chosen = parseFormats();
        if (parents.isEmpty() && trustFolders.size() <= 1) {
            Path trustFolder = trustFolders.isEmpty() ? Path.of(".") : trustFolders.get(0);
            PackRequest request = new PackRequest(
                            trustFolder,
                            output != null
                                    ? output
                                    : trustFolder.resolve("target").resolve("matreport"),
                            chosen,
                            templates,
                            SourceDate.fromEnvironment())
                    .withSince(since)
                    .forced(force)
                    .withAppendix(parseAppendix());
            Executor printer = PdfWarmUp.startFor(chosen, trustFolder);
            new Engine(TerminalLog.of(spec), printer).generate(request, LocalDate.now());
            return Main.OK;
        }
        List<PackRequest> requests;
        try {
            requests =
                    BatchGenerate.requests(allTrusts(), output, chosen, templates, SourceDate.fromEnvironment())
                            .stream()
                            .map(request ->
                                    request.withSince(since).forced(force).withAppendix(parseAppendix()))
                            .toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (jobs != null && jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        if (!requests.isEmpty()) {
            PdfWarmUp.startFor(chosen, requests.get(0).trustFolder());
        }
        return new BatchGenerate(spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(requests, jobs != null ? jobs : Batch.defaultJobs(), LocalDate.now());
    }

    private List<Path> allTrusts() throws IOException {
        List<Path> all = new ArrayList<>(trustFolders);
        for (Path parent : parents) {
            if (!Files.isDirectory(parent)) {
                throw new ParameterException(spec.commandLine(), "--all " + parent + ": no such folder");
            }
            List<Path> found = BatchGenerate.trustsUnder(parent);
            if (found.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(), "--all " + parent + ": no folder under it holds a trust.yaml");
            }
            all.addAll(found);
        }
        return all;
    }

    private Appendix parseAppendix() {
        try {
            return appendix == null ? null : Appendix.parse(appendix);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--appendix: " + e.getMessage());
        }
    }

    private Set<Format> parseFormats() {
        try {
            return Format.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
