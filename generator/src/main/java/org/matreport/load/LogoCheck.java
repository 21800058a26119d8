package org.matreport.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Keeps the logo inside the trust folder: the pack embeds the file, so a path that left the folder would let a trust
 * file pull any file on the machine into a board pack. A logo the pack could not draw ({@link LogoContent}) is found
 * here too, so that {@code check} and {@code generate} agree.
 */
final class LogoCheck {

    private final Problems problems;

    LogoCheck(Problems problems) {
        this.problems = problems;
    }

    void check(Path folder, String logo, Location at) {
        String path = "trust.logo";
        if (logo.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            problems.add(
                    at,
                    path,
                    "'" + logo + "' is a web address; the pack never fetches anything, so save the logo in the "
                            + "trust folder and write its path, such as assets/logo.svg");
            return;
        }
        Path relative;
        try {
            relative = Path.of(logo);
        } catch (InvalidPathException e) {
            problems.add(at, path, "'" + logo + "' is not a usable file name; use a path such as assets/logo.svg");
            return;
        }
        if (relative.isAbsolute() || logo.startsWith("/") || logo.startsWith("\\") || logo.matches("^[A-Za-z]:.*")) {
            problems.add(
                    at,
                    path,
                    "'" + logo + "' is an absolute path; write a path inside the trust folder, such "
                            + "as assets/logo.svg");
            return;
        }
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base)) {
            problems.add(
                    at,
                    path,
                    "'" + logo + "' leads outside the trust folder; keep the logo inside it, such "
                            + "as assets/logo.svg");
            return;
        }
        if (Files.isDirectory(target)) {
            problems.add(at, path, "'" + logo + "' is a folder, not a file; name the logo file inside it");
            return;
        }
        if (!Files.isRegularFile(target)) {
            problems.add(at, path, "no file '" + logo + "' in the trust folder; add it or correct the path");
            return;
        }
        try {
            if (!target.toRealPath().startsWith(base.toRealPath())) {
                problems.add(
                        at,
                        path,
                        "'" + logo + "' is a link to a file outside the trust folder; copy the "
                                + "logo into the folder instead");
                return;
            }
            // Judged from the file system, so that a huge file is never read to find it too large.
            if (Files.size(target) > LoadLimits.MAX_ASSET_BYTES) {
                problems.add(
                        at,
                        path,
                        "'" + logo + "' is larger than " + LoadLimits.MAX_ASSET_BYTES / 1024
                                + " KiB; save a smaller SVG or PNG and point trust.logo at it");
            } else if (!Files.isReadable(target)) {
                problems.add(at, path, "'" + logo + "' cannot be read; allow the user running matreport to read it");
            } else {
                checkContent(logo, Files.readAllBytes(target));
            }
        } catch (IOException e) {
            problems.add(at, path, "'" + logo + "' cannot be read; check that the file exists and may be read");
        }
    }

    /** A logo the pack could not draw is reported here, at its own line, as the renderer would refuse it. */
    private void checkContent(String logo, byte[] bytes) {
        LogoContent.fault(logo, bytes)
                .ifPresent(fault -> problems.add(
                        new Location(logo.replace('\\', '/'), fault.line(), fault.column()),
                        "trust.logo",
                        "'" + logo + "' " + fault.message()));
    }
}
