package jp.konbini.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark JVM spent per operation ({@code -prof jp.konbini.benchmarks.CpuTimeProfiler}): the
 * worker thread plus GC (which is the cost of allocating) and anything else in the process. On this shared
 * 2-core machine other sessions push the load average far above 2, and wall-clock time then measures how often
 * the benchmark was descheduled; CPU time per operation is the work itself, so it is the figure to compare.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long startCpuNanos;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startCpuNanos = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - startCpuNanos;
        long ops = result.getMetadata().getMeasuredOps();
        if (ops == 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.per.op", (double) cpuNanos / ops, "ns/op", AggregationPolicy.AVG));
    }
}
