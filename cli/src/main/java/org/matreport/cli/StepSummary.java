package org.matreport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.matreport.support.AtomicFiles;

/**
 * Where {@code check} puts its Markdown summary: the file the user named, replaced whole; or else, inside a GitHub
 * Actions job, the job's summary file ({@code GITHUB_STEP_SUMMARY}), added to as GitHub asks, since other steps
 * write there too; or else nowhere.
 */
final class StepSummary {

    static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private StepSummary() {}

    static void write(Path named, String markdown) throws IOException {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        if (named != null) {
            AtomicFiles.write(named, bytes);
            return;
        }
        String job = System.getenv(GITHUB_STEP_SUMMARY);
        if (job != null && !job.isBlank()) {
            Files.write(Path.of(job), bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
