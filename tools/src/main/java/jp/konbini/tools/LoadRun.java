package jp.konbini.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import jp.konbini.kiosk.Kiosk;
import jp.konbini.protocol.CertificateType;

/**
 * Many kiosks at once, in one process: each kiosk its own thread, identity (key and certificate) and
 * connection to the one relay, each visit a full kiosk visit ({@link Kiosk#issue}). Kiosk {@code i} of
 * {@code k} uses the cards {@code i, i+k, i+2k, ...} in turn, so no card is in two kiosks at once (an
 * emulated card keeps its PIN counter in its file). A free kiosk takes the next request from the
 * {@link RequestFeed}, so fast kiosks take more.
 */
final class LoadRun {
    /** One card of the lab and the city that knows its resident. */
    record LabCard(Lab.CardPin card, String city) {
    }

    /**
     * One request and how it ended. Times are nanoseconds after the run's start: when it arrived (open loop: its
     * scheduled time; closed loop: when a kiosk took it), when its kiosk started the visit (the card's PIN) and
     * when the visit ended (the kiosk's last answer).
     */
    record Request(int number, String kioskId, LabCard card, Kiosk.Outcome outcome, Path pdf, long arrivedNanos,
                   long startedNanos, long endedNanos) {
        /** What the resident waits: from arriving to the kiosk's last answer, waiting for a free kiosk included. */
        long latencyNanos() {
            return endedNanos - arrivedNanos;
        }

        /** The visit as the kiosk sees it: card PIN, request, print data, print result and its acknowledgement. */
        long visitNanos() {
            return endedNanos - startedNanos;
        }

        /** Waiting for a free kiosk (0 in closed loop). */
        long waitNanos() {
            return startedNanos - arrivedNanos;
        }
    }

    /** Every request, when the run started (wall clock, to find its nodes' log lines) and how long it took. */
    record Result(List<Request> requests, Instant startedAt, long wallNanos) {
    }

    private LoadRun() {
    }

    static List<LabCard> cards(LabManifest.Read lab) {
        List<LabCard> all = new ArrayList<>();
        lab.cards().forEach((city, list) -> list.forEach(c -> all.add(new LabCard(c, city))));
        return all;
    }

    /**
     * Runs the feed's requests to their end.
     *
     * @param feedOf the feed, given the clock of this run (nanoseconds since its start)
     * @param answered told of each request as it is answered (progress), on the kiosk's thread
     */
    static Result run(List<Kiosk> kiosks, List<LabCard> cards, Function<LongSupplier, RequestFeed> feedOf, Path outDir,
                      int options, Consumer<Request> answered) throws Exception {
        List<Request> done = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Path> dirs = new ArrayList<>();
        for (Kiosk kiosk : kiosks) {
            dirs.add(Files.createDirectories(outDir.resolve(kiosk.id())));
        }
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        LongSupplier sinceStart = () -> System.nanoTime() - start;
        RequestFeed feed = feedOf.apply(sinceStart);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < kiosks.size(); i++) {
            Kiosk kiosk = kiosks.get(i);
            List<LabCard> mine = new ArrayList<>();
            for (int c = i; c < cards.size(); c += kiosks.size()) {
                mine.add(cards.get(c));
            }
            Path dir = dirs.get(i);
            threads.add(Thread.ofPlatform().name("load-" + kiosk.id()).start(() -> {
                try {
                    int turn = 0;
                    for (Optional<RequestFeed.Arrival> a; (a = feed.next()).isPresent(); turn++) {
                        LabCard card = mine.get(turn % mine.size());
                        int n = a.get().number();
                        Path pdf = dir.resolve("request-%06d.pdf".formatted(n));
                        long started = sinceStart.getAsLong();
                        Kiosk.Outcome o = kiosk.issue(card.card().card(), card.card().pin(), card.city(),
                                CertificateType.JUMINHYO, options, pdf);
                        Request r = new Request(n, kiosk.id(), card, o, pdf, a.get().arrivedNanos(), started,
                                sinceStart.getAsLong());
                        done.add(r);
                        answered.accept(r);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                    feed.stop();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = sinceStart.getAsLong();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a kiosk thread failed: " + failures.getFirst(), failures.getFirst());
        }
        List<Request> sorted = new ArrayList<>(done);
        sorted.sort(Comparator.comparingInt(Request::number));
        return new Result(List.copyOf(sorted), startedAt, wall);
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
}
