package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.konbini.kiosk.Kiosk;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;

/**
 * {@code konbini tools load}: many kiosks issuing at once through the lab's one relay to its cities,
 * then, for every printed certificate, proof of whose it is (see {@link PrintedPaper} and
 * {@link WhoseDocument}). The chain must be running (the lab's cities, hub and relay).
 */
final class LoadCommand implements ToolsMain.Command {
    @Override
    public String usage() {
        return """
                usage: konbini tools load --lab DIR [--kiosks N] [--requests N] [--faulty] [--keep]

                Drives a running lab (made by 'konbini tools lab --kiosks N', its cities, hub and relay
                started) with N kiosks at once (default: all of the lab's), each with its own certificate,
                connection to the one relay and cards, until --requests (default 500) 住民票の写し
                (card holder only) have been asked for; cards ask the city that knows them. Prints
                throughput, latency (median, p99) and the count of each outcome. Then, for every printed
                certificate: reads its serial from the paper (the signed code on its back), looks up that
                certificate's structured record and ledger row in the city's database and checks that they
                are the resident the asking card is linked to; prints "wrong documents: 0" or the list.
                --faulty: the hub reaches a city through a deliberately faulty test proxy, so binding
                mismatch refusals ([E060]) are expected answers rather than failures.
                Printed PDFs go to DIR/load-<n>/ and are removed once checked unless --keep.
                Exit 0 when every request was answered as expected and no document is wrong.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("lab", "kiosks", "requests"), Set.of("faulty", "keep"));
        Path lab = Path.of(cl.require("lab")).toAbsolutePath();
        LabManifest.Read manifest = LabManifest.read(lab);
        int kioskCount = PkiInitCommand.Numbers.parse(cl.get("kiosks"), manifest.kioskIds().size(), 1,
                manifest.kioskIds().size(), "--kiosks (at most the lab's " + manifest.kioskIds().size() + ")");
        int requests = PkiInitCommand.Numbers.parse(cl.get("requests"), 500, 1, 1_000_000, "--requests");
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
        List<Kiosk> kiosks = new ArrayList<>();
        for (String id : manifest.kioskIds().subList(0, kioskCount)) {
            kiosks.add(Kiosk.load(lab.resolve(id + ".conf")));
        }
        Path outDir = freshDir(lab);
        out.printf("load: %d requests from %d kiosks (own certificate and connection each) through relay-1 to %s%n",
                requests, kioskCount, manifest.cards().keySet());
        LoadRun.Result result = LoadRun.run(kiosks, cards, requests, outDir, CertificateType.OPTION_SELF_ONLY);
        List<LoadRun.Request> done = result.requests();
        double seconds = result.wallNanos() / 1e9;
        long printed = done.stream().filter(r -> r.outcome().printed()).count();
        out.printf("answered: %d of %d in %.1f s%n", done.size(), requests, seconds);
        out.printf("throughput: %.1f requests/s, %.1f printed/s%n", done.size() / seconds, printed / seconds);
        out.printf("latency: median %.1f ms, p99 %.1f ms%n", LoadRun.percentileMillis(done, 0.5).orElse(0.0),
                LoadRun.percentileMillis(done, 0.99).orElse(0.0));
        Map<String, Long> counts = LoadRun.counts(done);
        out.println("outcomes: " + counts);
        List<String> unexpected = unexpected(done, faulty);
        unexpected.stream().limit(20).forEach(u -> out.println("  unexpected: " + u));
        Check check = checkAll(lab, manifest, done, out);
        if (!cl.flag("keep")) {
            for (LoadRun.Request r : done) {
                Files.deleteIfExists(r.pdf());
            }
        }
        out.printf("checked %d printed documents: serial read from the paper's signed back %d, from the kiosk's answer %d%n",
                printed, printed - check.paperUnreadable(), check.paperUnreadable());
        if (check.wrong().isEmpty()) {
            out.println("wrong documents: 0");
        } else {
            out.println("wrong documents: " + check.wrong().size());
            check.wrong().forEach(w -> out.println("  " + w));
        }
        boolean ok = done.size() == requests && unexpected.isEmpty() && check.wrong().isEmpty();
        return ok ? 0 : 1;
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

    record Check(List<String> wrong, int paperUnreadable) {
    }

    /** Checks every printed document, two at a time (reading a back is rendering and decoding a page). */
    private static Check checkAll(Path lab, LabManifest.Read manifest, List<LoadRun.Request> done, PrintStream out)
            throws Exception {
        PrintedPaper paper = PrintedPaper.forLab(lab);
        List<String> wrong = new ArrayList<>();
        int unreadable = 0;
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (WhoseDocument whose = new WhoseDocument(lab, List.copyOf(manifest.cards().keySet()))) {
            List<Future<DocumentCheck>> checks = new ArrayList<>();
            for (LoadRun.Request r : done) {
                if (!r.outcome().printed() && Files.exists(r.pdf())) {
                    wrong.add("request " + r.number() + ": a file was printed although the kiosk said " + r.outcome().screenLine());
                }
                if (r.outcome().printed()) {
                    checks.add(pool.submit(() -> check(r, paper, whose)));
                }
            }
            for (Future<DocumentCheck> f : checks) {
                DocumentCheck c = f.get();
                unreadable += c.fromPaper() ? 0 : 1;
                c.wrong().ifPresent(wrong::add);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Check(wrong, unreadable);
    }

    /** One printed document's check: whether its serial came from the paper, and what is wrong with it. */
    record DocumentCheck(boolean fromPaper, Optional<String> wrong) {
    }

    private static DocumentCheck check(LoadRun.Request r, PrintedPaper paper, WhoseDocument whose) throws Exception {
        String reported = r.outcome().serial().orElseThrow();
        String prefix = "request " + r.number() + " (" + r.kioskId() + ", " + r.card().card().card().getFileName() + "): ";
        PrintedPaper.Reading reading = paper.read(r.pdf());
        if (reading instanceof PrintedPaper.Reading.Serial s && !s.serial().equals(reported)) {
            return new DocumentCheck(true, Optional.of(prefix + "the paper is certificate " + s.serial()
                    + ", the kiosk reported " + reported));
        }
        if (reading instanceof PrintedPaper.Reading.Serial s) {
            Optional<String> pages = whose.pageCount(s.serial(), s.pages(), s.sheets());
            if (pages.isPresent()) {
                return new DocumentCheck(true, Optional.of(prefix + pages.get()));
            }
        }
        // the paper's own serial when its back could be read, else the kiosk's answer (counted apart)
        return new DocumentCheck(reading instanceof PrintedPaper.Reading.Serial,
                whose.check(reported, r.card().card().card(), r.card().city()).map(w -> prefix + w));
    }

    private static Path freshDir(Path lab) throws java.io.IOException {
        for (int n = 1; ; n++) {
            Path p = lab.resolve("load-" + n);
            if (!Files.exists(p)) {
                return Files.createDirectories(p);
            }
        }
    }
}
