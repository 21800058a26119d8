package org.matreport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs git for the tests, with a fixed identity and dates, away from the user's own settings. */
public final class GitRepos {

    private GitRepos() {}

    public static boolean installed() {
        try {
            return run(Path.of("."), Map.of(), "git", "--version") == 0;
        } catch (IOException e) {
            return false;
        }
    }

    public static void init(Path folder) throws IOException {
        check(run(folder, Map.of(), "git", "init", "-q"));
    }

    public static void commitAll(Path folder, long epoch) throws IOException {
        check(run(folder, Map.of(), "git", "add", "-A"));
        String date = "@" + epoch + " +0000";
        check(run(
                folder,
                Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date),
                "git",
                "commit",
                "-q",
                "-m",
                "change"));
    }

    private static void check(int exit) throws IOException {
        if (exit != 0) {
            throw new IOException("git failed with exit code " + exit);
        }
    }

    private static int run(Path folder, Map<String, String> env, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_AUTHOR_NAME", "Test");
        builder.environment().put("GIT_AUTHOR_EMAIL", "test@example.org");
        builder.environment().put("GIT_COMMITTER_NAME", "Test");
        builder.environment().put("GIT_COMMITTER_EMAIL", "test@example.org");
        Process process = builder.start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return process.exitValue();
    }
}
