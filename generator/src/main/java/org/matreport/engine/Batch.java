package org.matreport.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes many trusts' packs in one JVM, a bounded number at a time. The templates, parsers and fonts warmed by the
 * first packs serve the rest, which is where a batch gains over one process per trust. One trust's failure is kept
 * as its outcome and never stops the others.
 */
public final class Batch {

    private final int jobs;

    /** {@code jobs} packs are written at once; one per core is the usual choice. */
    public Batch(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("at least one job, not " + jobs);
        }
        this.jobs = jobs;
    }

    public static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Writes every request's pack and returns the outcomes in the order of the requests; {@code finished} hears of
     * each outcome as it comes, from the worker thread that produced it.
     */
    public List<Outcome> run(List<PackRequest> requests, LocalDate today, Consumer<Outcome> finished)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, requests.size())), daemon());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (PackRequest request : requests) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = write(request, today);
                    finished.accept(outcome);
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory: the command line says so in its own words
            }
            // write() keeps every failure of a trust as its outcome, so only a fault in the listener lands here.
            throw new IllegalStateException("a batch worker failed outside any trust", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome write(PackRequest request, LocalDate today) {
        RecordedLog log = new RecordedLog();
        long start = System.nanoTime();
        WrittenPack pack = null;
        Exception failure = null;
        try {
            pack = new Engine(log).pack(request, today);
        } catch (Exception e) {
            failure = e;
        }
        return new Outcome(request, pack, failure, log.warnings(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "matreport-batch");
            // A worker left behind by an interrupted run must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What became of one trust: its pack, or the failure that stopped it; and its warnings either way. */
    public record Outcome(
            PackRequest request, WrittenPack pack, Exception failure, List<String> warnings, Duration took) {

        public Outcome {
            warnings = List.copyOf(warnings);
        }

        public boolean written() {
            return failure == null;
        }
    }
}
