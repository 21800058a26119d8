package org.matreport.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matreport.support.Git;
import org.matreport.support.InvalidRequestException;
import org.matreport.support.ShallowHistory;

/**
 * A trust folder as it was at a git revision, written out file by file into a folder of its own, so that the normal
 * loader reads it with every safety check it applies to today's files. Links and submodules are left out: the loader
 * would refuse a link anyway, and a submodule is not part of the folder's own history.
 */
final class GitRevision {

    /** Far above any real trust folder; a revision beyond them is refused rather than copied. */
    static final int MAX_FILES = 2_000;

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Path trustFolder;
    private final String ref;

    GitRevision(Path trustFolder, String ref) {
        this.trustFolder = trustFolder;
        this.ref = ref;
    }

    /** Writes the folder's files at the revision into {@code into}; returns how the revision reads, {@code abc1234 (v1)}. */
    String materialise(Path into) throws InvalidRequestException, IOException {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new InvalidRequestException("'" + ref + "' is not a git revision; give a commit, tag or branch");
        }
        if (!Files.isDirectory(trustFolder)) {
            throw new InvalidRequestException("no trust folder at " + trustFolder);
        }
        Git inTrust = new Git(trustFolder);
        String top;
        String prefix;
        try {
            top = inTrust.output("rev-parse", "--show-toplevel").strip();
            prefix = inTrust.output("rev-parse", "--show-prefix").strip();
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("the trust folder " + trustFolder + " is not in a git repository ("
                    + e.getMessage() + "); commit it to git, or compare with --since-json");
        }
        String commit;
        try {
            commit = inTrust.output("rev-parse", "--verify", "--quiet", ref + "^{commit}")
                    .strip();
        } catch (InvalidRequestException e) {
            if (ShallowHistory.of(trustFolder)) {
                throw new InvalidRequestException(ShallowHistory.forRevision(ref));
            }
            throw new InvalidRequestException("'" + ref + "' is not a commit in the repository at " + top
                    + "; give a commit, tag or branch that exists there");
        }
        Git inTop = new Git(Path.of(top));
        Path folder = into.toAbsolutePath().normalize();
        List<Entry> entries = entries(inTop, commit, prefix);
        for (Entry entry : entries) {
            Path target = folder.resolve(entry.path()).normalize();
            if (!target.startsWith(folder) || target.equals(folder)) {
                continue; // git stores no such path; refuse it all the same
            }
            Files.createDirectories(target.getParent());
            inTop.run(target, "cat-file", "blob", entry.object());
        }
        return commit.substring(0, Math.min(7, commit.length())) + " (" + ref + ")";
    }

    /** The plain files under the trust folder at the commit, with paths relative to the trust folder. */
    private List<Entry> entries(Git git, String commit, String prefix) throws InvalidRequestException, IOException {
        List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "-l", commit));
        if (!prefix.isEmpty()) {
            args.add("--");
            args.add(prefix);
        }
        String listing = git.output(args.toArray(String[]::new));
        List<Entry> entries = new ArrayList<>();
        long bytes = 0;
        for (String line : listing.split("\0")) {
            // <mode> SP <type> SP <object> SP+ <size> TAB <path>
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = line.substring(0, tab).trim().split(" +");
            String path = line.substring(tab + 1);
            if (meta.length < 4 || !meta[1].equals("blob") || meta[0].equals("120000") || !path.startsWith(prefix)) {
                continue;
            }
            bytes += Long.parseLong(meta[3]);
            entries.add(new Entry(path.substring(prefix.length()), meta[2]));
            if (entries.size() > MAX_FILES || bytes > MAX_BYTES) {
                throw new InvalidRequestException("the trust folder at " + ref + " holds more than " + MAX_FILES
                        + " files or " + MAX_BYTES / (1024 * 1024) + " MB; it cannot be a trust folder");
            }
        }
        return entries;
    }

    private record Entry(String path, String object) {}
}
