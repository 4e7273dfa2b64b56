package jp.konbini.tools;

import java.util.Arrays;
import java.util.Optional;

/**
 * The latency figures of one hop: p50, p90, p99, p999 and the largest, by nearest rank (the value at rank
 * {@code ceil(p * n)} of the sorted values, so every figure is a latency that was measured, not an
 * interpolation). Below 1,000 values p999 is the largest, below 100 so is p99: {@link #count} says how
 * far to trust the tail.
 */
record Percentiles(int count, double p50, double p90, double p99, double p999, double max) {

    /** Empty when there are no values. */
    static Optional<Percentiles> of(double[] values) {
        if (values.length == 0) {
            return Optional.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Optional.of(new Percentiles(sorted.length, rank(sorted, 0.5), rank(sorted, 0.9), rank(sorted, 0.99),
                rank(sorted, 0.999), sorted[sorted.length - 1]));
    }

    /** The nearest-rank {@code p} quantile of values sorted ascending, which must not be empty. */
    static double rank(double[] sorted, double p) {
        // the small epsilon keeps 0.999 * 1000 at rank 999 where floating point makes it 999.0000000000001
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
