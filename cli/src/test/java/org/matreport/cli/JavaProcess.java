package org.matreport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a Java process of its own, for what only a whole process shows: a small heap, or logging as
 * the jar sets it up. Standard error comes back as lines, without SLF4J's note that the tests' class path has no
 * provider (the jar's has none either; FreeMarker then logs through java.util.logging, as the jar does).
 */
record JavaProcess(int exitCode, List<String> err) {

    static JavaProcess run(Path temp, List<String> javaOptions, String... args)
            throws IOException, InterruptedException {
        Path err = Files.createTempFile(temp, "stderr", ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-Dorg.freemarker.loggerLibrary=JUL");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process java = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (!java.waitFor(5, TimeUnit.MINUTES)) {
            java.destroyForcibly();
            throw new AssertionError("the command line did not end: " + command);
        }
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("SLF4J("))
                .toList();
        return new JavaProcess(java.exitValue(), lines);
    }
}
