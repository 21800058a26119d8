package org.matreport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code -c} settings under which git starts no program named by the repository's own configuration. Settings
 * given on git's command line win over every configuration file and pass on to any git that git itself starts.
 * Fixed names are switched off outright; filter and diff drivers have names the repository chooses, so they are read
 * from its configuration first (reading configuration runs nothing) and each is emptied, which git takes as no
 * driver.
 */
final class ProgramFreeSettings {

    /** Settings whose value is a program, or which make git run one, and the value that runs nothing. */
    private static final List<String> FIXED = List.of(
            "core.fsmonitor=false",
            "core.hooksPath=/dev/null",
            "core.pager=cat",
            "core.editor=false",
            "core.askPass=",
            "core.sshCommand=false",
            "diff.external=",
            "log.showSignature=false",
            "gpg.program=false",
            "credential.helper=",
            "protocol.allow=never",
            "submodule.recurse=false");

    /** Driver keys, {@code filter.<name>.clean} and the like, whose value git runs as a command. */
    private static final String DRIVER_KEYS =
            "^(filter|diff|merge)\\..+\\.(clean|smudge|process|textconv|command|driver)$";

    private ProgramFreeSettings() {}

    /** The {@code -c name=value} arguments for git in {@code folder}. */
    static List<String> of(Path folder, long timeoutSeconds) throws IOException {
        List<String> settings = new ArrayList<>();
        for (String setting : FIXED) {
            settings.add("-c");
            settings.add(setting);
        }
        for (String key : driverKeys(folder, timeoutSeconds)) {
            settings.add("-c");
            settings.add(key + "=");
        }
        return settings;
    }

    /** Takes out of git's environment what would name a program or a configuration of its own. */
    static void clean(Map<String, String> environment) {
        environment.put("GIT_PAGER", "cat");
        environment.remove("GIT_EXTERNAL_DIFF");
        environment.remove("GIT_SSH");
        environment.remove("GIT_SSH_COMMAND");
        environment.remove("GIT_ASKPASS");
        environment.remove("GIT_CONFIG_PARAMETERS");
        environment.remove("GIT_CONFIG_COUNT");
    }

    /** Every driver key the repository's configuration sets, through includes too; none when git cannot say. */
    private static List<String> driverKeys(Path folder, long timeoutSeconds) throws IOException {
        Path out = Files.createTempFile("matreport-git-", ".config");
        try {
            List<String> command = List.of(
                    "git", "--no-pager", "-C", folder.toString(), "config", "--name-only", "--get-regexp", DRIVER_KEYS);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            clean(builder.environment());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return List.of(); // no git: the command itself will say so
            }
            process.getOutputStream().close();
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return List.of();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                return List.of();
            }
            // Exit 1 means no such key; anything printed is a key name, one a line.
            return Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(key -> !key.isEmpty() && key.indexOf('=') < 0)
                    .distinct()
                    .toList();
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
