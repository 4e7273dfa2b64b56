package jp.konbini.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run cut into windows of equal length from its start (the last one shorter): how many requests arrived
 * in each, how many were answered and printed in it, and the latency of those that arrived in it. The
 * per-minute throughput of the report and the plot's 10-second lines are these windows.
 */
final class RunWindows {
    /** One window, {@code [from, to)} in seconds since the run's start. */
    record Window(double from, double to, int arrived, int answered, int printed, Optional<Percentiles> latency) {
        double seconds() {
            return to - from;
        }

        double arrivedPerSecond() {
            return arrived / seconds();
        }

        double answeredPerSecond() {
            return answered / seconds();
        }

        double printedPerSecond() {
            return printed / seconds();
        }
    }

    private RunWindows() {
    }

    static List<Window> of(List<LoadRun.Request> requests, long wallNanos, long widthNanos) {
        int count = (int) Math.max(1, (wallNanos + widthNanos - 1) / widthNanos);
        int[] arrived = new int[count];
        int[] answered = new int[count];
        int[] printed = new int[count];
        List<List<Double>> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            latencies.add(new ArrayList<>());
        }
        for (LoadRun.Request r : requests) {
            int a = index(r.arrivedNanos(), widthNanos, count);
            arrived[a]++;
            latencies.get(a).add(r.latencyNanos() / 1e6);
            int e = index(r.endedNanos(), widthNanos, count);
            answered[e]++;
            printed[e] += r.outcome().printed() ? 1 : 0;
        }
        List<Window> windows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double from = i * (widthNanos / 1e9);
            double to = Math.min((i + 1) * (widthNanos / 1e9), Math.max(wallNanos, 1) / 1e9);
            windows.add(new Window(from, to, arrived[i], answered[i], printed[i],
                    Percentiles.of(latencies.get(i).stream().mapToDouble(Double::doubleValue).toArray())));
        }
        return windows;
    }

    private static int index(long nanos, long widthNanos, int count) {
        return (int) Math.max(0, Math.min(count - 1, nanos / widthNanos));
    }
}
