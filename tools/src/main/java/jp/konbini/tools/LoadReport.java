package jp.konbini.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import jp.konbini.node.TimingLine;

/** The figures of a load run as the report's lines: latency per hop, errors, throughput per minute, CPU. */
final class LoadReport {
    /** The hops whose nodes log {@link TimingLine}s, in the order a request passes them. */
    static final List<String> NODE_HOPS = List.of("relay", "hub", "city");

    private LoadReport() {
    }

    /** The latency table: the request as the resident waits it, the kiosk's visit, then each node's hop. */
    static List<String> hops(List<LoadRun.Request> done, NodeLogs.Timings timings) {
        List<String> lines = new ArrayList<>();
        lines.add("latency per hop, ms (nearest rank: p999 is the largest below 1,000 values, p99 below 100):");
        lines.add(String.format(Locale.ROOT, "  %-34s %6s %9s %9s %9s %9s %9s", "hop", "n", "p50", "p90", "p99", "p999", "max"));
        lines.add(row("request (arrival to last answer)", millis(done, LoadRun.Request::latencyNanos)));
        lines.add(row("  of it waiting for a free kiosk", millis(done, LoadRun.Request::waitNanos)));
        lines.add(row("kiosk (card PIN to print ack)", millis(done, LoadRun.Request::visitNanos)));
        for (String hop : NODE_HOPS) {
            List<TimingLine> lines0 = timings.byHop().getOrDefault(hop, List.of());
            lines.add(lines0.isEmpty()
                    ? String.format(Locale.ROOT, "  %-34s %6s   no timing lines in the logs", hop, "-")
                    : row(hop, lines0.stream().mapToDouble(TimingLine::millis).toArray()));
        }
        timings.byHop().keySet().stream().filter(h -> !NODE_HOPS.contains(h)).forEach(h ->
                lines.add(row(h, timings.byHop().get(h).stream().mapToDouble(TimingLine::millis).toArray())));
        List<String> perHop = new ArrayList<>();
        timings.byHop().forEach((hop, list) -> {
            Map<String, Long> outcomes = new TreeMap<>();
            list.forEach(t -> outcomes.merge(t.outcome(), 1L, Long::sum));
            perHop.add(hop + " " + outcomes);
        });
        lines.add("outcomes per hop (from the logs): " + (perHop.isEmpty() ? "none" : String.join(", ", perHop)));
        lines.add("logs read: " + (timings.read().isEmpty() ? "none" : timings.read().toString())
                + (timings.missing().isEmpty() ? "" : "; no log found for " + timings.missing()));
        return lines;
    }

    /** The kiosks' refusals by code, or "none". */
    static String errors(List<LoadRun.Request> done) {
        Map<String, Long> errors = new TreeMap<>();
        done.stream().filter(r -> !r.outcome().printed())
                .forEach(r -> errors.merge(LoadRun.outcomeName(r.outcome()), 1L, Long::sum));
        return "errors by code: " + (errors.isEmpty() ? "none" : errors.toString());
    }

    /** Printed and answered per second in each minute of the run, and the least of the full minutes. */
    static List<String> perMinute(List<RunWindows.Window> minutes) {
        List<String> lines = new ArrayList<>();
        lines.add("throughput per minute:");
        double least = Double.MAX_VALUE;
        for (int i = 0; i < minutes.size(); i++) {
            RunWindows.Window m = minutes.get(i);
            boolean full = m.seconds() >= 59.999;
            if (full) {
                least = Math.min(least, m.printedPerSecond());
            }
            lines.add(String.format(Locale.ROOT, "  minute %d%s: %d printed (%.2f/s), %d answered, %d arrived", i + 1,
                    full ? "" : String.format(Locale.ROOT, " (%.0f s)", m.seconds()), m.printed(), m.printedPerSecond(),
                    m.answered(), m.arrived()));
        }
        lines.add(least == Double.MAX_VALUE ? "sustained: the run was shorter than a minute"
                : String.format(Locale.ROOT, "sustained: at least %.2f printed/s in every full minute", least));
        return lines;
    }

    /**
     * CPU seconds of each node in the run and per certificate: a city's per certificate it issued (its cards' printed
     * requests), the other nodes' per certificate printed in all. Says so when no node was found.
     */
    static List<String> cpu(NodeCpu.Snapshot before, NodeCpu.Snapshot after, OptionalLong selfTicks, long ticksPerSecond,
                            List<LoadRun.Request> done, long wallNanos) {
        long printed = done.stream().filter(r -> r.outcome().printed()).count();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "CPU seconds per node (utime+stime of /proc/<pid>/stat over the run, %.1f s;"
                + " per certificate: a city's over those it issued, the others' over all %d printed):", wallNanos / 1e9, printed));
        boolean any = false;
        for (String id : after.pids().keySet()) {
            OptionalLong ticks = after.ticksSince(before, id);
            if (ticks.isPresent()) {
                any = true;
                long certificates = id.startsWith("city-") ? done.stream()
                        .filter(r -> r.outcome().printed() && id.equals("city-" + r.card().city())).count() : printed;
                lines.add(cpuLine(id + " pid " + after.pids().get(id), ticks.getAsLong(), ticksPerSecond, certificates, wallNanos));
            } else if (!after.pids().get(id).isEmpty() || !before.pids().getOrDefault(id, List.of()).isEmpty()) {
                lines.add("  " + id + ": its process changed during the run (pids " + before.pids().get(id) + " then "
                        + after.pids().get(id) + "); not counted");
            }
        }
        if (!any) {
            lines.add("  no node process of this lab found on this machine (looked in /proc/*/cmdline for --config "
                    + "<lab>/<node-id>.conf of " + after.pids().keySet() + ")");
        }
        selfTicks.ifPresent(t -> lines.add(cpuLine("tools load (the kiosks, this process)", t, ticksPerSecond, printed, wallNanos)));
        return lines;
    }

    private static String cpuLine(String who, long ticks, long ticksPerSecond, long certificates, long wallNanos) {
        double seconds = (double) ticks / ticksPerSecond;
        return String.format(Locale.ROOT, "  %-44s %8.1f s CPU (%3.0f%% of a core) %s", who, seconds,
                100 * seconds / Math.max(1e-9, wallNanos / 1e9),
                certificates == 0 ? "" : String.format(Locale.ROOT, "%.3f s per certificate (%d)", seconds / certificates,
                        certificates));
    }

    private static double[] millis(List<LoadRun.Request> done, ToLongFunction<LoadRun.Request> nanos) {
        return done.stream().mapToDouble(r -> nanos.applyAsLong(r) / 1e6).toArray();
    }

    private static String row(String name, double[] values) {
        Optional<Percentiles> p = Percentiles.of(values);
        return p.map(q -> String.format(Locale.ROOT, "  %-34s %6d %9.1f %9.1f %9.1f %9.1f %9.1f", name, q.count(), q.p50(),
                q.p90(), q.p99(), q.p999(), q.max()))
                .orElse(String.format(Locale.ROOT, "  %-34s %6s", name, "-"));
    }
}
