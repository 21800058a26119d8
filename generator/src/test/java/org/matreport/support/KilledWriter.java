package org.matreport.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A separate process for the kill tests: writes {@code pack.md}, {@code pack.html} and {@code pack.pdf} with the
 * content "new" into the folder named by its first argument and halts after the first move, as a {@code kill -9}
 * would stop it there; or, given {@code hold}, takes the folder's output lock and keeps it until its input closes.
 */
public final class KilledWriter {

    private KilledWriter() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("hold")) {
            try (OutputLock lock = OutputLock.take(folder)) {
                System.out.println("held");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // Holds the lock until the test closes this process's input.
                }
            }
            return;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"pack.md", "pack.html", "pack.pdf"}) {
            files.put(name, "new".getBytes(StandardCharsets.UTF_8));
        }
        AtomicFiles.haltAfterMoves = 1;
        AtomicFiles.write(folder, files);
    }
}
