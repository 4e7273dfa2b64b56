package jp.konbini.tools;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * When each request of an open-loop run arrives, in nanoseconds after the run's start, whatever the chain
 * answers meanwhile: at the offered rate, either evenly spaced ({@code 1/rate} apart, the first at 0) or as a
 * Poisson process (exponential gaps, from a fixed seed so that two runs offer the same load). Arrivals are
 * those before the run's duration has passed.
 */
record ArrivalSchedule(double rate, long durationNanos, boolean poisson, long[] offsetsNanos) {
    private static final double NANOS = 1e9;

    static ArrivalSchedule even(double rate, long durationNanos) {
        check(rate, durationNanos);
        long count = (long) Math.ceil(rate * durationNanos / NANOS);
        long[] offsets = java.util.stream.LongStream.range(0, count + 1).map(i -> Math.round(i * NANOS / rate))
                .filter(t -> t < durationNanos).toArray();
        return new ArrivalSchedule(rate, durationNanos, false, offsets);
    }

    static ArrivalSchedule poisson(double rate, long durationNanos, long seed) {
        check(rate, durationNanos);
        SplittableRandom random = new SplittableRandom(seed);
        long[] offsets = new long[16];
        int n = 0;
        for (double t = 0; ; ) {
            t += -Math.log(1 - random.nextDouble()) / rate * NANOS;
            if (t >= durationNanos) {
                break;
            }
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, n * 2);
            }
            offsets[n++] = (long) t;
        }
        return new ArrivalSchedule(rate, durationNanos, true, Arrays.copyOf(offsets, n));
    }

    int count() {
        return offsetsNanos.length;
    }

    private static void check(double rate, long durationNanos) {
        if (!(rate > 0) || Double.isInfinite(rate) || durationNanos <= 0) {
            throw new IllegalArgumentException("rate and duration must be positive");
        }
    }
}
