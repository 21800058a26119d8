package org.matreport.load;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the test trust folders and loads them, turning the outcome into lines that tests can compare. */
final class TrustFolders {

    private TrustFolders() {}

    static Path resource(String name) {
        URL url = TrustFolders.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems the loader reports for a folder, one line each; fails the test if the folder loads. */
    static List<String> problems(Path folder) {
        return problems(folder, LoadLimits.defaults());
    }

    static List<String> problems(Path folder, LoadLimits limits) {
        try {
            new TrustLoader(limits).load(folder);
        } catch (InvalidTrustException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        return fail("expected problems, but " + folder.getFileName() + " loaded");
    }

    static LoadedTrust load(String name) {
        try {
            return new TrustLoader().load(resource(name));
        } catch (InvalidTrustException e) {
            return fail(name + " did not load: " + e.problems());
        }
    }

    /** A writable copy of a test trust, for cases a repository cannot hold (permissions, links, generated files). */
    static Path copy(String name, Path into) throws IOException {
        Path from = resource(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return into;
    }
}
