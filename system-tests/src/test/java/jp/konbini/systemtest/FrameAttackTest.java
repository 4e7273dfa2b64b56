package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frame-level attacks on the relay (the node that faces kiosks), with city, hub and relay as real processes.
 * For each attack: the attacking connection is closed or refused, and a well-behaved kiosk connection keeps
 * doing CHALLENGE round trips through relay and hub while it happens (every 50 ms; each must succeed). The
 * latencies and the resident memory of relay and hub are written to {@code target/attack-figures.txt} for
 * BENCHMARKS.md; they are recorded, not asserted, except that memory must stay within a generous bound.
 *
 * <p>Short on purpose: relay and hub run with {@code link.handshake.seconds = 2} and {@code link.idle.seconds = 3},
 * and a slowloris sends only a handful of bytes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrameAttackTest {
    private static final Duration HANDSHAKE = Duration.ofSeconds(2);
    private static final Duration IDLE = Duration.ofSeconds(3);
    /** Far above what a node needs, far below what an unbounded buffer would reach under these attacks. */
    private static final long RSS_BOUND_MIB = 1024;

    @TempDir
    static Path lab;
    static RunningNode city;
    static RunningNode hub;
    static RunningNode relay;
    static InetSocketAddress relayAddress;
    static final List<String> figures = Collections.synchronizedList(new ArrayList<>());
    static final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);

    @BeforeAll
    static void startChain() throws Exception {
        Konbini.Result made = Konbini.run(lab, "tools", "lab", "--dir", lab.toString(), "--residents", "50");
        assertThat(made.exitCode()).as(made.output()).isZero();
        String link = "\nlink.handshake.seconds = " + HANDSHAKE.toSeconds() + "\nlink.idle.seconds = " + IDLE.toSeconds() + "\n";
        for (String conf : List.of("relay-1.conf", "hub-1.conf")) {
            Files.writeString(lab.resolve(conf), link, StandardOpenOption.APPEND);
        }
        relayAddress = new InetSocketAddress("127.0.0.1", port("relay-1.conf"));
        city = RunningNode.start("city", "city-052019", lab);
        hub = RunningNode.start("hub", "hub-1", lab);
        relay = RunningNode.start("relay", "relay-1", lab);
        for (RunningNode n : List.of(city, hub, relay)) {
            n.awaitListening();
        }
        figures.add("baseline: relay RSS " + rssMib("relay-1.conf") + " MiB, hub RSS " + rssMib("hub-1.conf") + " MiB");
    }

    @AfterAll
    static void stopChain() throws IOException {
        clock.shutdownNow();
        for (RunningNode n : new RunningNode[] {relay, hub, city}) {
            if (n != null) {
                n.close();
            }
        }
        Path out = Path.of("target/attack-figures.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, figures, StandardCharsets.UTF_8);
        figures.forEach(System.out::println);
    }

    @Test
    @Order(1)
    void an_oversize_length_closes_that_connection() throws Exception {
        try (WellBehaved good = WellBehaved.start("oversize length")) {
            try (WirePeer bad = kiosk()) {
                bad.write(header(0x20, 1, 0x7FFF_FFF0));
                assertThat(bad.closedByNode(Duration.ofSeconds(10))).isTrue();
            }
            good.finish();
        }
    }

    @Test
    @Order(2)
    void a_negative_length_closes_that_connection() throws Exception {
        try (WellBehaved good = WellBehaved.start("negative length")) {
            try (WirePeer bad = kiosk()) {
                bad.write(header(0x20, 1, 0xFFFF_FFF0));
                assertThat(bad.closedByNode(Duration.ofSeconds(10))).isTrue();
            }
            good.finish();
        }
    }

    @Test
    @Order(3)
    void slowloris_inside_a_frame_is_closed_by_the_idle_timeout() throws Exception {
        try (WellBehaved good = WellBehaved.start("slowloris in a frame, 1 byte/s")) {
            try (WirePeer bad = kiosk()) {
                byte[] frame = WirePeer.challengeRequest(1);
                AtomicInteger sent = new AtomicInteger();
                var drip = clock.scheduleAtFixedRate(() -> {
                    int i = sent.getAndIncrement();
                    try {
                        bad.write(new byte[] {frame[i % frame.length]});
                    } catch (IOException e) {
                        throw new IllegalStateException("closed", e);
                    }
                }, 0, 1, TimeUnit.SECONDS);
                long start = System.nanoTime();
                assertThat(bad.closedByNode(IDLE.plusSeconds(10))).isTrue();
                drip.cancel(false);
                figures.add("  slowloris in a frame: closed after %.1f s and %d bytes".formatted(
                        (System.nanoTime() - start) / 1e9, sent.get()));
                assertThat(sent.get()).isLessThan(frame.length);
            }
            good.finish();
        }
    }

    @Test
    @Order(4)
    void slowloris_in_the_tls_handshake_is_closed_by_the_handshake_timeout() throws Exception {
        try (WellBehaved good = WellBehaved.start("slowloris in the TLS handshake, 1 byte/s")) {
            try (WirePeer bad = WirePeer.plain(relayAddress)) {
                byte[] clientHelloStart = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc, 0x03, 0x03};
                AtomicInteger sent = new AtomicInteger();
                var drip = clock.scheduleAtFixedRate(() -> {
                    try {
                        bad.write(new byte[] {clientHelloStart[sent.getAndIncrement() % clientHelloStart.length]});
                    } catch (IOException e) {
                        throw new IllegalStateException("closed", e);
                    }
                }, 0, 1, TimeUnit.SECONDS);
                long start = System.nanoTime();
                assertThat(bad.closedByNode(HANDSHAKE.plusSeconds(10))).isTrue();
                drip.cancel(false);
                figures.add("  slowloris in the handshake: closed after %.1f s and %d bytes".formatted(
                        (System.nanoTime() - start) / 1e9, sent.get()));
            }
            good.finish();
        }
    }

    @Test
    @Order(5)
    void a_flood_of_streams_is_answered_stream_by_stream_and_memory_stays_bounded() throws Exception {
        int streams = 3000;
        try (WellBehaved good = WellBehaved.start("flood of " + streams + " streams on one connection")) {
            try (WirePeer bad = kiosk()) {
                // the hello exchange first, as a kiosk does; then every stream gets one answer, from the hub or, past
                // the relay's per-kiosk limits, a BUSY from the relay itself
                bad.write(WirePeer.hello());
                assertThat(bad.read().type()).isEqualTo(0x01);
                ByteBuffer all = ByteBuffer.allocate(streams * WirePeer.challengeRequest(1).length);
                for (int i = 0; i < streams; i++) {
                    all.put(WirePeer.challengeRequest(2 * i + 1));
                }
                CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                    try {
                        bad.write(all.array());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                int answered = 0;
                while (answered < streams) {
                    WirePeer.Received r = bad.read();
                    if (r.streamId() != 0) {
                        answered++;
                    }
                }
                writer.join();
                assertThat(answered).isEqualTo(streams);
            }
            good.finish();
        }
    }

    @Test
    @Order(6)
    void a_peer_that_never_reads_is_closed_and_holds_up_nobody() throws Exception {
        try (WellBehaved good = WellBehaved.start("peer that never reads")) {
            WirePeer bad = kiosk();
            bad.write(WirePeer.hello());
            assertThat(bad.read().type()).isEqualTo(0x01); // its last read
            byte[] batch = new byte[200 * WirePeer.challengeRequest(1).length];
            AtomicInteger stream = new AtomicInteger(1);
            AtomicInteger batches = new AtomicInteger();
            CompletableFuture<Throwable> writer = CompletableFuture.supplyAsync(() -> {
                try {
                    while (true) {
                        ByteBuffer b = ByteBuffer.wrap(batch);
                        for (int i = 0; i < 200; i++) {
                            b.put(WirePeer.challengeRequest(stream.getAndAdd(2)));
                        }
                        bad.write(batch);
                        batches.incrementAndGet();
                    }
                } catch (IOException e) {
                    return e;
                }
            });
            long start = System.nanoTime();
            // It only writes; the relay and hub stop reading it once its answers back up, then close it idle.
            Throwable ended = writer.get(IDLE.toSeconds() * 6 + 20, TimeUnit.SECONDS);
            figures.add("  never-reading peer: closed after %.1f s, having written %d KiB of requests".formatted(
                    (System.nanoTime() - start) / 1e9, batches.get() * batch.length / 1024));
            assertThat(ended).isInstanceOf(IOException.class);
            bad.close();
            good.finish();
        }
    }

    @Test
    @Order(7)
    void a_tls_client_without_a_certificate_gets_no_application_data() throws Exception {
        try (WellBehaved good = WellBehaved.start("TLS client without a certificate")) {
            assertRefused(() -> WirePeer.tls(relayAddress, "TLSv1.3", null, null, ca()));
            good.finish();
        }
    }

    @Test
    @Order(8)
    void a_tls_1_2_only_client_is_refused() throws Exception {
        try (WellBehaved good = WellBehaved.start("TLS 1.2 only")) {
            Throwable t = catchThrowable(() -> WirePeer.tls(relayAddress, "TLSv1.2",
                    node("kiosk-0001", "key"), node("kiosk-0001", "crt"), ca()).close());
            assertThat(t).isInstanceOf(SSLException.class);
            good.finish();
        }
    }

    @Test
    @Order(9)
    void a_valid_certificate_of_the_wrong_role_gets_no_application_data() throws Exception {
        try (WellBehaved good = WellBehaved.start("valid hub certificate presented to the relay")) {
            assertRefused(() -> WirePeer.tls(relayAddress, "TLSv1.3", node("hub-1", "key"), node("hub-1", "crt"), ca()));
            good.finish();
        }
    }

    /** Either the handshake fails, or the node closes right after it without sending a single frame. */
    private static void assertRefused(ThrowingSupplier<WirePeer> connect) throws Exception {
        WirePeer peer;
        try {
            peer = connect.get();
        } catch (SSLException | java.net.SocketException e) {
            return;
        }
        try (peer) {
            peer.write(WirePeer.hello());
            peer.write(WirePeer.challengeRequest(1));
            Throwable t = catchThrowable(peer::read);
            assertThat(t).as("the node must not answer a refused peer").isInstanceOf(IOException.class);
        } catch (IOException e) {
            // the node closed before the writes: refused too
        }
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /**
     * A kiosk doing one CHALLENGE round trip every 50 ms through relay and hub on its own connection, while an
     * attack runs; {@link #finish()} checks that every round trip succeeded and records the figures.
     */
    static final class WellBehaved implements AutoCloseable {
        private final String attack;
        private final WirePeer peer;
        private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger failures = new AtomicInteger();
        private final java.util.concurrent.ScheduledFuture<?> task;
        private final long relayRssBefore;
        private final long hubRssBefore;
        private int stream = 1;

        private WellBehaved(String attack) throws Exception {
            this.attack = attack;
            this.relayRssBefore = rssMib("relay-1.conf");
            this.hubRssBefore = rssMib("hub-1.conf");
            this.peer = kiosk();
            peer.write(WirePeer.hello());
            assertThat(peer.read().type()).as("the hub's HELLO").isEqualTo(0x01);
            roundTrip();
            this.task = clock.scheduleAtFixedRate(this::roundTrip, 50, 50, TimeUnit.MILLISECONDS);
        }

        static WellBehaved start(String attack) throws Exception {
            return new WellBehaved(attack);
        }

        private synchronized void roundTrip() {
            try {
                int s = stream;
                stream += 2;
                long t0 = System.nanoTime();
                peer.write(WirePeer.challengeRequest(s));
                WirePeer.Received r;
                do {
                    r = peer.read();
                } while (r.streamId() != s);
                if (r.type() != 0x11) {
                    failures.incrementAndGet();
                }
                micros.add((System.nanoTime() - t0) / 1000);
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
            }
        }

        void finish() throws Exception {
            task.cancel(false);
            roundTrip();
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            Collections.sort(sorted);
            long relayRss = rssMib("relay-1.conf");
            long hubRss = rssMib("hub-1.conf");
            figures.add(("%s: well-behaved kiosk %d round trips, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                    + " relay RSS %d -> %d MiB, hub RSS %d -> %d MiB").formatted(attack, sorted.size(), failures.get(),
                    pct(sorted, 50), pct(sorted, 99), sorted.getLast() / 1000.0, relayRssBefore, relayRss,
                    hubRssBefore, hubRss));
            assertThat(failures.get()).as("round trips of the well-behaved kiosk that failed").isZero();
            assertThat(sorted).isNotEmpty();
            assertThat(relayRss).isLessThan(RSS_BOUND_MIB);
            assertThat(hubRss).isLessThan(RSS_BOUND_MIB);
        }

        private static double pct(List<Long> sorted, int p) {
            return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1000.0;
        }

        @Override
        public void close() throws IOException {
            task.cancel(false);
            peer.close();
        }
    }

    private static WirePeer kiosk() throws Exception {
        return WirePeer.tls(relayAddress, "TLSv1.3", node("kiosk-0001", "key"), node("kiosk-0001", "crt"), ca());
    }

    private static Path node(String id, String kind) {
        return lab.resolve("pki/nodes/" + id + "/node." + kind + ".pem");
    }

    private static Path ca() {
        return lab.resolve("pki/ca/jlis-network/ca.crt.pem");
    }

    private static byte[] header(int type, int stream, int bodyLength) {
        return ByteBuffer.allocate(16).putInt(0x4A4C4953).put((byte) 1).put((byte) type).putShort((short) 0)
                .putInt(stream).putInt(bodyLength).array();
    }

    private static int port(String conf) throws IOException {
        return Files.readAllLines(lab.resolve(conf)).stream().filter(l -> l.startsWith("listen ="))
                .map(l -> Integer.parseInt(l.substring(l.lastIndexOf(':') + 1).strip())).findFirst().orElseThrow();
    }

    /** Resident set size of the node process started with {@code conf}, from /proc (Linux). */
    /** The resident memory of this lab's node: its config's full path, so another lab's node on the machine is not it. */
    static long rssMib(String conf) {
        String config = lab.resolve(conf).toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(config)).orElse(false))
                .mapToLong(p -> {
                    try {
                        return Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                                .filter(l -> l.startsWith("VmRSS:"))
                                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
                    } catch (IOException e) {
                        return 0;
                    }
                }).max().orElse(-1);
    }
}
