package org.matreport.findings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.matreport.rules.CheckResult;

/**
 * The forms the findings are written in: one list, so that {@code matreport check --format}, the Maven check goal and
 * the files written beside the pack name and write each form the same way.
 */
public enum FindingsFormat {
    /** One line a finding for a terminal or a build log. */
    TEXT("text", "findings.txt"),
    /** The findings as data for other tools ({@code schema: matreport/v1}). */
    JSON("json", "findings.json"),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF readers. */
    SARIF("sarif", "sarif"),
    /** GitLab's Code Quality report, shown in a merge request. */
    CODEQUALITY("codequality", "codequality.json"),
    /** GitHub Actions workflow commands, which annotate a pull request without code scanning. */
    GITHUB("github", "github.txt");

    private final String word;
    private final String suffix;

    FindingsFormat(String word, String suffix) {
        this.word = word;
        this.suffix = suffix;
    }

    /** The word a user types: {@code sarif}. */
    public String word() {
        return word;
    }

    /** What follows the file's base name, without the dot: {@code findings.json}, {@code sarif}. */
    public String suffix() {
        return suffix;
    }

    /** The findings in this form. */
    public String write(CheckResult result, Subject subject) {
        return switch (this) {
            case TEXT -> new TextReport().write(result);
            case JSON -> new JsonReport().write(result, subject.trust(), subject.generated());
            case SARIF -> new SarifReport(subject.folderFromRoot()).write(result);
            case CODEQUALITY -> new CodeQualityReport(subject.folderFromRoot()).write(result);
            case GITHUB -> new WorkflowCommands(subject.folderFromRoot()).write(result);
        };
    }

    /** The format a user named, in any case; the message lists the words that work. */
    public static FindingsFormat parse(String word) {
        String wanted = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (FindingsFormat format : values()) {
            if (format.word.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown findings format '" + word + "': use " + words());
    }

    /** {@code text, json, sarif, codequality or github}. */
    public static String words() {
        String all = Arrays.stream(values()).map(FindingsFormat::word).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /**
     * What a form needs to know beyond the findings.
     *
     * @param trust the trust's name
     * @param generated the date the check ran for
     * @param folderFromRoot the trust folder relative to the root of its git repository, empty at the root; forges
     *     read file paths from there
     */
    public record Subject(String trust, LocalDate generated, String folderFromRoot) {}
}
