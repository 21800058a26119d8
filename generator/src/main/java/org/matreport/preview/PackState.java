package org.matreport.preview;

import java.util.List;
import java.util.Optional;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.Problem;
import org.matreport.render.RenderException;
import org.matreport.support.Log;

/**
 * What the preview shows now: the last good revision of the pack, and the problems that keep the trust files from
 * loading, if any. Every refresh is a new revision, good or not, so that an open page knows it is out of date. The PDF
 * is printed on demand and kept for its revision only.
 */
final class PackState {

    private final PreviewRenderer renderer;
    private final Log log;

    private long revision;
    private Rendition good;
    private List<String> problems = List.of();

    private final Object refreshing = new Object();
    private final Object printing = new Object();
    private long printedRevision = -1;
    private byte[] printed;

    PackState(PreviewRenderer renderer, Log log) {
        this.renderer = renderer;
        this.log = log;
    }

    /** Reads, checks and renders the trust files again; returns the new revision. One refresh runs at a time. */
    long refresh() {
        synchronized (refreshing) {
            return refreshOnce();
        }
    }

    private long refreshOnce() {
        long started = System.nanoTime();
        long next;
        synchronized (this) {
            next = revision + 1;
        }
        Rendition rendition = null;
        List<String> found;
        try {
            rendition = renderer.render(next);
            found = List.of();
        } catch (InvalidTrustException e) {
            found = e.problems().stream().map(Problem::toString).toList();
        } catch (RenderException e) {
            found = List.of(e.getMessage());
        } catch (RuntimeException e) {
            // A fault of matreport's own: the preview stays up, shows it, and the next save tries again.
            found = List.of("matreport could not render the pack (" + e + "); please report it with the trust files.");
        }
        synchronized (this) {
            revision = next;
            problems = found;
            if (rendition != null) {
                good = rendition;
            }
        }
        long took = (System.nanoTime() - started) / 1_000_000;
        if (found.isEmpty()) {
            log.info("Revision " + next + ": the pack is up to date (" + took + " ms).");
        } else {
            log.warn("Revision " + next + ": " + found.size() + (found.size() == 1 ? " problem" : " problems")
                    + "; the preview keeps the last good pack.");
            found.forEach(log::warn);
        }
        return next;
    }

    synchronized long revision() {
        return revision;
    }

    /** The page to show: the pack, with the problems above it while there are any. */
    synchronized String page() {
        if (good == null) {
            return PreviewPage.problemsOnly(revision, problems);
        }
        return PreviewPage.withProblems(good.html(), revision, problems, good.revision());
    }

    /** The last good revision, or nothing when the files have not loaded yet. */
    synchronized Optional<Rendition> good() {
        return Optional.ofNullable(good);
    }

    synchronized List<String> problems() {
        return problems;
    }

    /** The PDF of the last good revision, printed once per revision. */
    Optional<byte[]> pdf() throws RenderException {
        Optional<Rendition> shown = good();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        synchronized (printing) {
            if (printedRevision != shown.get().revision()) {
                printed = renderer.pdf(shown.get());
                printedRevision = shown.get().revision();
            }
            return Optional.of(printed);
        }
    }
}
