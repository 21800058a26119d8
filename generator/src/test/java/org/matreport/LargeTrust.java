package org.matreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a valid trust folder of any number of schools and growth schools, for tests of size limits and memory. */
public final class LargeTrust {

    private LargeTrust() {}

    public static Path write(Path folder, int schools, int growth) throws IOException {
        Files.createDirectories(folder);
        StringBuilder yaml = new StringBuilder("""
                schema: matreport/v1

                trust:
                  name: Very Large Learning Trust
                  period: 2026/27

                vision:
                  statement: Every child reads well by the age of eleven.

                strategy:
                  cluster: alignment

                operatingModel:
                  models: [hub]
                  groups:
                    - id: north
                      name: North Hub
                      kind: hub
                      lead: 100001

                schools:
                """);
        for (int i = 0; i < schools; i++) {
            yaml.append("  - urn: ").append(100_001 + i).append('\n');
            yaml.append("    name: School number ").append(i + 1).append('\n');
            yaml.append("    phase: primary\n    group: north\n");
        }
        if (growth > 0) {
            yaml.append("\ngrowth:\n");
            for (int i = 0; i < growth; i++) {
                yaml.append("  - name: Joining school ").append(i + 1).append('\n');
                yaml.append("    urn: ").append(500_001 + i).append('\n');
                yaml.append("    expected: 2027-09-01\n    phase: primary\n");
            }
        }
        Files.writeString(folder.resolve("trust.yaml"), yaml, StandardCharsets.UTF_8);
        return folder;
    }
}
