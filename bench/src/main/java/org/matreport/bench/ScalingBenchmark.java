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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the time for one pack (check and every format) grows with the trust, on one thread: a cost that grows faster
 * than the number of schools shows up as a ratio between sizes well above ten.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScalingBenchmark {

    @Param({"10", "100", "1000"})
    public int schools;

    private Path root;
    private Engine engine;
    private PackRequest request;

    @Setup(Level.Trial)
    public void write() throws Exception {
        root = Files.createTempDirectory("matreport-bench");
        Path trust = TrustFolders.trust(root, schools);
        engine = new Engine(Log.silent());
        request = TrustFolders.allFormats(trust, root.resolve("out"));
    }

    @TearDown(Level.Trial)
    public void remove() throws Exception {
        TrustFolders.delete(root);
    }

    @Benchmark
    public List<Path> pack() throws Exception {
        return engine.generate(request, TrustFolders.TODAY);
    }
}
