package jp.konbini.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The end-of-run check of a load run: every printed document against the card that asked (the serial read
 * from the paper, {@link PrintedPaper}; its record, ledger row and the card's link, {@link WhoseDocument}), and
 * no file left for a request that was not printed. A further check of one document goes into {@link #check}.
 */
final class DocumentChecks {
    /** What is wrong (no personal data), and how many serials had to come from the kiosk's answer. */
    record Check(List<String> wrong, int paperUnreadable) {
    }

    /** One printed document's check: whether its serial came from the paper, and what is wrong with it. */
    record DocumentCheck(boolean fromPaper, Optional<String> wrong) {
    }

    private DocumentChecks() {
    }

    /** Checks every printed document, two at a time (reading a back is rendering and decoding a page). */
    static Check checkAll(Path lab, LabManifest.Read manifest, List<LoadRun.Request> done) throws Exception {
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

    static DocumentCheck check(LoadRun.Request r, PrintedPaper paper, WhoseDocument whose) throws Exception {
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
}
