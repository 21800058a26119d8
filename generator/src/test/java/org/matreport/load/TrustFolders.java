package org.matreport.load;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.matreport.TestFiles;
import org.matreport.rules.Rulebook;

/** Finds the test trust folders and loads them, turning the outcome into lines that tests can compare. */
final class TrustFolders {

    private TrustFolders() {}

    static Path resource(String name) {
        return TestFiles.resource(name);
    }

    /** The problems the loader reports for a folder, one line each; fails the test if the folder loads. */
    static List<String> problems(Path folder) {
        return problems(folder, LoadLimits.defaults());
    }

    static List<String> problems(Path folder, LoadLimits limits) {
        try {
            new TrustLoader(Rulebook.ids(), limits).load(folder);
        } catch (InvalidTrustException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        return fail("expected problems, but " + folder.getFileName() + " loaded");
    }

    static LoadedTrust load(String name) {
        try {
            return new TrustLoader(Rulebook.ids()).load(resource(name));
        } catch (InvalidTrustException e) {
            return fail(name + " did not load: " + e.problems());
        }
    }

    /** A writable copy of a test trust, for cases a repository cannot hold (permissions, links, generated files). */
    static Path copy(String name, Path into) throws IOException {
        return TestFiles.copy(resource(name), into);
    }
}
