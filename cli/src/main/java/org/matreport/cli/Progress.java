package org.matreport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.matreport.engine.Batch.Outcome;

/**
 * How a batch shows that it is moving: a bar redrawn in place on a terminal, or one plain line per trust where a bar
 * would only litter a log (a pipe, a file, CI).
 */
abstract class Progress {

    protected final PrintWriter err;
    protected final int total;
    private int done;
    private int failed;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar when a person is watching a terminal, plain lines otherwise (CI=true counts as not watching). */
    static Progress choose(PrintWriter err, int total) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        return System.console() != null && !ci ? new Bar(err, total) : new Lines(err, total);
    }

    final synchronized void finished(String trust, Outcome outcome) {
        done++;
        if (!outcome.written()) {
            failed++;
        }
        show(trust, outcome, done, failed);
        err.flush();
    }

    final synchronized void close() {
        end();
        err.flush();
    }

    protected abstract void show(String trust, Outcome outcome, int done, int failed);

    protected void end() {}

    static String seconds(Outcome outcome) {
        return String.format(Locale.ROOT, "%.1f s", outcome.took().toMillis() / 1000.0);
    }

    /** {@code [12/40] written  trusts/north (1.4 s)}. */
    static final class Lines extends Progress {
        Lines(PrintWriter err, int total) {
            super(err, total);
        }

        @Override
        protected void show(String trust, Outcome outcome, int done, int failed) {
            err.println("[" + done + "/" + total + "] " + (outcome.written() ? "written" : "FAILED ") + " " + trust
                    + " (" + seconds(outcome) + ")");
        }
    }

    /** {@code [##########----------] 20/40 trusts, 1 failed}, redrawn on one line. */
    static final class Bar extends Progress {
        private static final int WIDTH = 30;

        Bar(PrintWriter err, int total) {
            super(err, total);
            err.print(line(0, 0));
        }

        @Override
        protected void show(String trust, Outcome outcome, int done, int failed) {
            err.print(line(done, failed));
        }

        @Override
        protected void end() {
            err.println();
        }

        private String line(int done, int failed) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            return "\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " trusts"
                    + (failed > 0 ? ", " + failed + " failed" : "");
        }
    }
}
