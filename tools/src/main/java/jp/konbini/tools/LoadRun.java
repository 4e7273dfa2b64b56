package jp.konbini.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.kiosk.Kiosk;
import jp.konbini.protocol.CertificateType;

/**
 * Many kiosks at once, in one process: each kiosk its own thread, identity (key and certificate) and
 * connection to the one relay, each visit a full kiosk visit ({@link Kiosk#issue}). Kiosk {@code i} of
 * {@code k} uses the cards {@code i, i+k, i+2k, ...} in turn, so no card is in two kiosks at once (an
 * emulated card keeps its PIN counter in its file). Requests are taken from one counter until all are
 * done, so fast kiosks take more.
 */
final class LoadRun {
    /** One card of the lab and the city that knows its resident. */
    record LabCard(Lab.CardPin card, String city) {
    }

    /** One request and how it ended; {@code nanos} from the card's PIN to the kiosk's last answer. */
    record Request(int number, String kioskId, LabCard card, Kiosk.Outcome outcome, Path pdf, long nanos) {
    }

    /** Every request, and the wall-clock time they took together. */
    record Result(List<Request> requests, long wallNanos) {
    }

    private LoadRun() {
    }

    static List<LabCard> cards(LabManifest.Read lab) {
        List<LabCard> all = new ArrayList<>();
        lab.cards().forEach((city, list) -> list.forEach(c -> all.add(new LabCard(c, city))));
        return all;
    }

    static Result run(List<Kiosk> kiosks, List<LabCard> cards, int requests, Path outDir, int options)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Request> done = Collections.synchronizedList(new ArrayList<>(requests));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < kiosks.size(); i++) {
            Kiosk kiosk = kiosks.get(i);
            List<LabCard> mine = new ArrayList<>();
            for (int c = i; c < cards.size(); c += kiosks.size()) {
                mine.add(cards.get(c));
            }
            Path dir = outDir.resolve(kiosk.id());
            Files.createDirectories(dir);
            threads.add(Thread.ofPlatform().name("load-" + kiosk.id()).start(() -> {
                try {
                    for (int turn = 0, n; (n = next.getAndIncrement()) < requests; turn++) {
                        LabCard card = mine.get(turn % mine.size());
                        Path pdf = dir.resolve("request-%06d.pdf".formatted(n));
                        long t0 = System.nanoTime();
                        Kiosk.Outcome o = kiosk.issue(card.card().card(), card.card().pin(), card.city(),
                                CertificateType.JUMINHYO, options, pdf);
                        done.add(new Request(n, kiosk.id(), card, o, pdf, System.nanoTime() - t0));
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - start;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a kiosk thread failed: " + failures.getFirst(), failures.getFirst());
        }
        List<Request> sorted = new ArrayList<>(done);
        sorted.sort(java.util.Comparator.comparingInt(Request::number));
        return new Result(List.copyOf(sorted), wall);
    }

    /** "printed" or the refusal's code, e.g. "[E060] BINDING_MISMATCH". */
    static String outcomeName(Kiosk.Outcome o) {
        return o.printed() ? "printed" : o.code().map(c -> "[E%03d] %s".formatted(c.code(), c.name())).orElse("exit " + o.exitCode());
    }

    static Map<String, Long> counts(List<Request> requests) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        requests.forEach(r -> counts.merge(outcomeName(r.outcome()), 1L, Long::sum));
        return counts;
    }

    static Optional<Double> percentileMillis(List<Request> requests, double p) {
        if (requests.isEmpty()) {
            return Optional.empty();
        }
        long[] ns = requests.stream().mapToLong(Request::nanos).sorted().toArray();
        int i = (int) Math.ceil(p * ns.length) - 1;
        return Optional.of(ns[Math.max(0, Math.min(ns.length - 1, i))] / 1e6);
    }
}
