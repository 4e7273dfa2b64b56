package jp.konbini.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import jp.konbini.kiosk.Kiosk;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;

/**
 * {@code konbini tools load}: many kiosks issuing at once through the lab's one relay to its cities, closed loop
 * (a fixed number of requests, each kiosk asking again as soon as it is answered) or open loop (requests arriving
 * at a rate, whatever the answers), then a report with every hop's latency and, for every printed certificate,
 * proof of whose it is ({@link DocumentChecks}). The chain must be running (the lab's cities, hub and relay).
 */
final class LoadCommand implements ToolsMain.Command {
    private static final long PLOT_WINDOW_NANOS = Duration.ofSeconds(10).toNanos();
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    /** Node log lines may land a moment after the kiosk has its answer; their timestamps only need to be in the run. */
    private static final Duration LOG_SLACK = Duration.ofSeconds(2);
    private static final long POISSON_SEED = 20261127L;

    @Override
    public String usage() {
        return """
                usage: konbini tools load --lab DIR [--kiosks N] [--requests N | --rate R --duration D [--poisson]]
                                          [--logs DIR] [--faulty] [--keep]

                Drives a running lab (made by 'konbini tools lab --kiosks N', its cities, hub and relay
                started) with N kiosks at once (default: all of the lab's, e.g. 200 from 'tools lab --kiosks 200
                --cards-per-city 100'), each with its own certificate, connection to the one relay and cards,
                asking for 住民票の写し (card holder only); cards ask the city that knows them.
                Closed loop (default): --requests N (default 500) in all, each kiosk asking again as soon as it
                is answered. Open loop: --rate R requests/s arrive for --duration D (seconds, or 10m, 1h),
                evenly spaced (--poisson: exponential gaps from a fixed seed), whatever the chain answers; a
                free kiosk takes the next one, and a request that finds every kiosk busy waits, which counts in
                its latency (from its scheduled arrival, so a late scheduler hides nothing). The run ends when
                every arrival is answered.
                The report (also DIR/load-<n>/report.txt, with latency.png and report.html): throughput,
                p50/p90/p99/p999 latency of the request (arrival to last answer), of its wait for a kiosk, of the
                kiosk's visit (card PIN to print ack) and of each node's hop from the nodes' 'timing hop=...'
                log lines in the run's window, errors by code, throughput per minute, and CPU seconds per node
                and per certificate (from /proc, for the lab's node processes on this machine).
                --logs DIR: where the node logs are (default: the lab): DIR/<node-id>.log (a node started by hand
                with its stdout sent there) or DIR/<node-id>/<node-id>.log (as the demo and system tests keep them).
                Then, for every printed certificate: reads its serial from the paper (the signed code on its
                back), looks up that certificate's structured record and ledger row in the city's database and
                checks that they are the resident the asking card is linked to; prints "wrong documents: 0" or
                the list.
                --faulty: the hub reaches a city through a deliberately faulty test proxy, so binding
                mismatch refusals ([E060]) are expected answers rather than failures.
                Printed PDFs go to DIR/load-<n>/ and are removed once checked unless --keep.
                Exit 0 when every request was answered as expected and no document is wrong.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("lab", "kiosks", "requests", "rate", "duration", "logs"),
                Set.of("faulty", "keep", "poisson"));
        Path lab = Path.of(cl.require("lab")).toAbsolutePath();
        LabManifest.Read manifest = LabManifest.read(lab);
        int kioskCount = PkiInitCommand.Numbers.parse(cl.get("kiosks"), manifest.kioskIds().size(), 1,
                manifest.kioskIds().size(), "--kiosks (at most the lab's " + manifest.kioskIds().size() + ")");
        Optional<ArrivalSchedule> open = schedule(cl);
        int requests = open.map(ArrivalSchedule::count).orElse(
                PkiInitCommand.Numbers.parse(cl.get("requests"), 500, 1, 1_000_000, "--requests"));
        Path logs = cl.get("logs").map(Path::of).map(Path::toAbsolutePath).orElse(lab);
        List<LoadRun.LabCard> cards = LoadRun.cards(manifest);
        if (cards.size() < kioskCount) {
            throw new UsageException("the lab has " + cards.size() + " linked cards for " + kioskCount
                    + " kiosks: a card cannot be in two kiosks at once (make the lab with more --cards-per-city)");
        }
        boolean faulty = cl.flag("faulty");
        // a few thousand visits in this process: the kiosks' INFO lines would bury the report
        if (System.getProperty("konbini.log.level") == null) {
            System.setProperty("konbini.log.level", "WARN");
        }
        System.setProperty("java.awt.headless", "true");
        List<Kiosk> kiosks = new ArrayList<>();
        for (String id : manifest.kioskIds().subList(0, kioskCount)) {
            kiosks.add(Kiosk.load(lab.resolve(id + ".conf")));
        }
        Path outDir = freshDir(lab);
        List<String> nodeIds = nodeIds(lab);
        ByteArrayOutputStream reportBytes = new ByteArrayOutputStream();
        PrintStream report = new PrintStream(reportBytes, true, StandardCharsets.UTF_8);
        Lines say = line -> {
            out.println(line);
            report.println(line);
        };
        say.line(open.map(s -> String.format(Locale.ROOT,
                        "load: open loop, %s requests/s offered for %d s (%d arrivals, %s) from %d kiosks (own certificate"
                                + " and connection each) through relay-1 to %s", rate(s.rate()), s.durationNanos() / 1_000_000_000L,
                        s.count(), s.poisson() ? "Poisson, seed " + POISSON_SEED : "evenly spaced", kioskCount,
                        manifest.cards().keySet()))
                .orElse("load: %d requests from %d kiosks (own certificate and connection each) through relay-1 to %s"
                        .formatted(requests, kioskCount, manifest.cards().keySet())));

        NodeCpu cpu = new NodeCpu(Path.of("/proc"));
        long self = ProcessHandle.current().pid();
        NodeCpu.Snapshot cpuBefore = cpu.snapshot(lab, nodeIds);
        OptionalLong selfBefore = cpu.ticksOf(self);
        ProgressBar progress = new ProgressBar(System.err, requests, "answered");
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        Function<LongSupplier, RequestFeed> feed = open.<Function<LongSupplier, RequestFeed>>map(
                s -> clock -> OpenLoopFeed.start(s, clock)).orElse(clock -> new ClosedLoopFeed(requests, clock));
        LoadRun.Result result = LoadRun.run(kiosks, cards, feed, outDir, CertificateType.OPTION_SELF_ONLY,
                r -> progress.update(answered.incrementAndGet()));
        NodeCpu.Snapshot cpuAfter = cpu.snapshot(lab, nodeIds);
        OptionalLong selfAfter = cpu.ticksOf(self);
        progress.finish();

        List<LoadRun.Request> done = result.requests();
        double seconds = result.wallNanos() / 1e9;
        long printed = done.stream().filter(r -> r.outcome().printed()).count();
        say.line(String.format(Locale.ROOT, "answered: %d of %d in %.1f s", done.size(), requests, seconds));
        say.line(String.format(Locale.ROOT, "throughput: %.1f requests/s, %.1f printed/s%s", done.size() / seconds,
                printed / seconds, open.map(s -> " (offered " + rate(s.rate()) + "/s)").orElse("")));
        Optional<Percentiles> latency = Percentiles.of(done.stream().mapToDouble(r -> r.latencyNanos() / 1e6).toArray());
        say.line(String.format(Locale.ROOT, "latency: median %.1f ms, p99 %.1f ms", latency.map(Percentiles::p50).orElse(0.0),
                latency.map(Percentiles::p99).orElse(0.0)));
        Map<String, Long> counts = LoadRun.counts(done);
        say.line("outcomes: " + counts);
        say.line(LoadReport.errors(done));
        List<String> unexpected = unexpected(done, faulty);
        unexpected.stream().limit(20).forEach(u -> say.line("  unexpected: " + u));

        DocumentChecks.Check check = DocumentChecks.checkAll(lab, manifest, done);
        if (!cl.flag("keep")) {
            for (LoadRun.Request r : done) {
                Files.deleteIfExists(r.pdf());
            }
        }
        // read after the checks: by then every node has long written its last line of the run
        Instant from = result.startedAt();
        Instant to = from.plusNanos(result.wallNanos()).plus(LOG_SLACK);
        LoadReport.hops(done, NodeLogs.read(logs, nodeIds, from, to)).forEach(say::line);
        LoadReport.perMinute(RunWindows.of(done, result.wallNanos(), MINUTE_NANOS)).forEach(say::line);
        OptionalLong selfTicks = selfBefore.isPresent() && selfAfter.isPresent()
                ? OptionalLong.of(selfAfter.getAsLong() - selfBefore.getAsLong()) : OptionalLong.empty();
        LoadReport.cpu(cpuBefore, cpuAfter, selfTicks, NodeCpu.ticksPerSecond(), done, result.wallNanos())
                .forEach(say::line);

        say.line(String.format("checked %d printed documents: serial read from the paper's signed back %d, from the kiosk's answer %d",
                printed, printed - check.paperUnreadable(), check.paperUnreadable()));
        if (check.wrong().isEmpty()) {
            say.line("wrong documents: 0");
        } else {
            say.line("wrong documents: " + check.wrong().size());
            check.wrong().forEach(w -> say.line("  " + w));
        }
        writeReport(outDir, reportBytes.toString(StandardCharsets.UTF_8), done, result, out);
        boolean ok = done.size() == requests && unexpected.isEmpty() && check.wrong().isEmpty();
        return ok ? 0 : 1;
    }

    /** A line for the terminal and the report file alike. */
    @FunctionalInterface
    private interface Lines {
        void line(String line);
    }

    /** The open loop's arrivals, or empty for the closed loop; the two are not mixed. */
    private static Optional<ArrivalSchedule> schedule(CommandLine cl) throws UsageException {
        boolean rate = cl.get("rate").isPresent();
        boolean duration = cl.get("duration").isPresent();
        if (!rate && !duration) {
            if (cl.flag("poisson")) {
                throw new UsageException("--poisson needs --rate and --duration");
            }
            return Optional.empty();
        }
        if (rate != duration) {
            throw new UsageException("--rate and --duration go together");
        }
        if (cl.get("requests").isPresent()) {
            throw new UsageException("--requests is the closed loop, --rate and --duration the open loop: not both");
        }
        double r;
        try {
            r = Double.parseDouble(cl.require("rate"));
        } catch (NumberFormatException e) {
            throw new UsageException("--rate must be a number of requests per second");
        }
        if (!(r > 0) || r > 10_000) {
            throw new UsageException("--rate must be more than 0 and at most 10000 requests/s");
        }
        long nanos = DurationOption.parse(cl.require("duration"), "--duration").toNanos();
        ArrivalSchedule s = cl.flag("poisson") ? ArrivalSchedule.poisson(r, nanos, POISSON_SEED) : ArrivalSchedule.even(r, nanos);
        if (s.count() == 0 || s.count() > 1_000_000) {
            throw new UsageException("--rate times --duration must give 1 to 1,000,000 requests (gives " + s.count() + ")");
        }
        return Optional.of(s);
    }

    private static String rate(double r) {
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%s", r);
    }

    /** The lab's nodes: every config but the kiosks' ({@code city-052019}, {@code hub-1}, {@code relay-1}, ...). */
    static List<String> nodeIds(Path lab) throws IOException {
        try (Stream<Path> files = Files.list(lab)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".conf") && !n.startsWith("kiosk-"))
                    .map(n -> n.substring(0, n.length() - ".conf".length())).sorted().toList();
        }
    }

    private static void writeReport(Path outDir, String text, List<LoadRun.Request> done, LoadRun.Result result,
                                    PrintStream out) throws IOException {
        Path txt = outDir.resolve("report.txt");
        Path png = outDir.resolve("latency.png");
        Path html = outDir.resolve("report.html");
        String title = "tools load " + outDir.getFileName() + ", " + result.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var image = LatencyPlot.draw(done, RunWindows.of(done, result.wallNanos(), PLOT_WINDOW_NANOS), result.wallNanos(),
                title + ": latency per request (arrival to last answer)", 1200, 800);
        byte[] pngBytes = LatencyPlot.png(image);
        Files.write(png, pngBytes);
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        HtmlReport.write(html, title, text, pngBytes);
        out.println("report: " + txt + ", " + png + ", " + html);
    }

    /** Outcomes a healthy chain should not give: anything but printed (or, with --faulty, [E060]). */
    private static List<String> unexpected(List<LoadRun.Request> done, boolean faulty) {
        List<String> list = new ArrayList<>();
        for (LoadRun.Request r : done) {
            boolean expected = r.outcome().printed()
                    || (faulty && r.outcome().code().equals(Optional.of(ErrorCode.BINDING_MISMATCH)));
            if (!expected) {
                list.add("request " + r.number() + " (" + r.kioskId() + ", " + r.card().city() + "): "
                        + r.outcome().screenLine());
            }
        }
        return list;
    }

    private static Path freshDir(Path lab) throws IOException {
        for (int n = 1; ; n++) {
            Path p = lab.resolve("load-" + n);
            if (!Files.exists(p)) {
                return Files.createDirectories(p);
            }
        }
    }
}
