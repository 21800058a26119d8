package org.matreport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.support.Log;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Packs per second from a warm JVM, one thread per core, each writing a 10-school trust's pack in every format: the
 * figure that says how many trusts a batch run gets through.
 *
 * <p>The warm-up is long on purpose. The pack runs through a great deal of library code (layout, PDF, tagging,
 * Markdown), and the JIT compiler keeps compiling it for over a minute: on two cores, a loop of packs still had the
 * optimising compiler busy for two thirds of a core after 60 seconds, and its throughput rose from 9 to 17 packs per
 * second between the 15th and the 80th second. A batch of a few hundred trusts spends most of its time past that
 * point, so that is where "warm" is measured.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(Threads.MAX)
@Fork(1)
@Warmup(iterations = 8, time = 15)
@Measurement(iterations = 5, time = 10)
public class WarmPackBenchmark {

    /** One trust folder for every thread: the loader only reads it. */
    @State(Scope.Benchmark)
    public static class Trust {
        Path root;
        Path folder;

        @Setup(Level.Trial)
        public void write() throws Exception {
            root = Files.createTempDirectory("matreport-bench");
            folder = TrustFolders.trust(root, 10);
        }

        @TearDown(Level.Trial)
        public void remove() throws Exception {
            TrustFolders.delete(root);
        }
    }

    /** Each thread its own engine and output folder, as a batch run gives each trust. */
    @State(Scope.Thread)
    public static class Writer {
        Engine engine;
        PackRequest request;

        @Setup(Level.Trial)
        public void prepare(Trust trust) throws Exception {
            engine = new Engine(Log.silent());
            request = TrustFolders.allFormats(trust.folder, Files.createTempDirectory(trust.root, "out"));
        }
    }

    @Benchmark
    public List<Path> tenSchoolPack(Writer writer) throws Exception {
        return writer.engine.generate(writer.request, TrustFolders.TODAY);
    }
}
