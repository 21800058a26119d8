package org.matreport.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes synthetic trusts for the whole-process benchmarks: {@code WriteTrusts OUT SIZE...} makes
 * {@code OUT/schools-SIZE} for each size, and {@code WriteTrusts OUT --many COUNT SIZE} makes COUNT trusts of one size
 * (each from its own seed) under {@code OUT/many-SIZE/}, for the batch command.
 */
public final class WriteTrusts {

    /** The seed every benchmark run uses, so that runs on different days measure the same trusts. */
    public static final long SEED = 20261210L;

    private WriteTrusts() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: WriteTrusts OUT SIZE... | WriteTrusts OUT --many COUNT SIZE");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        if (args[1].equals("--many")) {
            int count = Integer.parseInt(args[2]);
            int size = Integer.parseInt(args[3]);
            for (int i = 1; i <= count; i++) {
                SyntheticTrust.write(out.resolve("many-" + size).resolve("trust-" + i), size, SEED + i);
            }
            return;
        }
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            SyntheticTrust.write(out.resolve("schools-" + size), size, SEED);
        }
    }
}
