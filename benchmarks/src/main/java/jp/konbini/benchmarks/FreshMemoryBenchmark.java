package jp.konbini.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor under {@link CodecBenchmark}'s document chunk: what it costs to copy 64 KiB into a new array (as any
 * decoder must, to give the message its own bytes) against copying it into an array the cache already holds.
 * Neither is codec work; the difference is why a decoded message that owns its fields cannot get much cheaper.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FreshMemoryBenchmark {

    private final byte[] source = new byte[64 * 1024];
    private final byte[] reused = new byte[64 * 1024];

    @Benchmark
    public byte[] copyIntoANewArray() {
        return Arrays.copyOf(source, source.length);
    }

    @Benchmark
    public byte[] copyIntoAReusedArray() {
        System.arraycopy(source, 0, reused, 0, source.length);
        return reused;
    }
}
