package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.tools.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub that dies mid-request, with real processes: city, two hubs and the relay, which lists them as
 * {@code hub.1} and {@code hub.2}. The city is paused (SIGSTOP) so that requests stay in flight, spread by the relay
 * over both hubs (each new one to the hub with fewer outstanding, a tie to hub 1); hub 1 is then killed (SIGKILL, no
 * GOAWAY). Each kiosk waiting on it must get the relay's clear UNAVAILABLE answer, not its own timeout (which would
 * print "no answer within"); the one waiting on hub 2, and new requests, are issued through hub 2 once the city runs
 * again. A kiosk killed mid-request has its stream cancelled at the hub. Cards 1-4 are the lab's Akita cards.
 *
 * <p>The lab's PKI has one hub identity, so the second hub process runs with hub-1's key and certificate on its
 * own port, as a standby of the same J-LIS centre would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RelayFailoverTest {
    private static final int IN_FLIGHT = 3;

    @TempDir
    static Path lab;
    static RunningNode city;
    static RunningNode hub1;
    static RunningNode hub2;
    static RunningNode relay;

    @BeforeAll
    static void startChain() throws Exception {
        Konbini.Result made = Konbini.run(lab, "tools", "lab", "--dir", lab.toString(), "--residents", "50");
        assertThat(made.exitCode()).as(made.output()).isZero();
        String hub1Conf = Files.readString(lab.resolve("hub-1.conf"));
        int port1 = port(hub1Conf);
        int port2 = FreePorts.outside(lab);
        Files.writeString(lab.resolve("hub-2.conf"), hub1Conf.replace("listen = 127.0.0.1:" + port1,
                "listen = 127.0.0.1:" + port2));
        String relayConf = Files.readString(lab.resolve("relay-1.conf"));
        Files.writeString(lab.resolve("relay-1.conf"), relayConf.replace("upstream = 127.0.0.1:" + port1,
                "hub.1 = 127.0.0.1:" + port1 + "\nhub.2 = 127.0.0.1:" + port2 + "\nhub.links = 2"));
        city = RunningNode.start("city", "city-052019", lab);
        hub1 = RunningNode.start("hub", "hub-1", lab);
        hub2 = RunningNode.start("hub", "hub-2", lab);
        for (RunningNode n : List.of(city, hub1, hub2)) {
            n.awaitListening();
        }
        relay = RunningNode.start("relay", "relay-1", lab);
        relay.awaitListening();
    }

    @AfterAll
    static void stopChain() throws Exception {
        signal("CONT", "city-052019.conf"); // never leave a paused process behind
        for (RunningNode n : new RunningNode[] {relay, hub2, hub1, city}) {
            if (n != null) {
                n.close();
            }
        }
    }

    private static int port(String conf) {
        return conf.lines().filter(l -> l.startsWith("listen =")).map(l -> Integer.parseInt(l.substring(l.lastIndexOf(':') + 1).strip()))
                .findFirst().orElseThrow();
    }

    static Path card(int n) {
        return lab.resolve("pki/cards/card-%04d.card".formatted(n));
    }

    static String pin(Path card) throws IOException {
        String name = card.getFileName().toString();
        return Files.readAllLines(lab.resolve("pki/cards/pins.tsv")).stream().filter(l -> l.startsWith(name + "\t"))
                .map(l -> l.split("\t")[1]).findFirst().orElseThrow();
    }

    static Konbini.Result issue(String config, int cardNo, String out) throws Exception {
        return Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config", lab.resolve(config).toString(),
                "--card", card(cardNo).toString(), "--pin", pin(card(cardNo)), "--city", "052019", "--type",
                "juminhyo", "--out", lab.resolve("out/" + out).toString());
    }

    /** The node process started with this config file (bin/konbini execs java, so it is the JVM itself). */
    static ProcessHandle process(String conf) {
        String path = lab.resolve(conf).toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(path)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no process runs " + path));
    }

    static void signal(String name, String conf) throws Exception {
        ProcessHandle p;
        try {
            p = process(conf);
        } catch (AssertionError e) {
            return;
        }
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }

    @Test
    @Order(1)
    void with_nothing_in_flight_a_request_goes_to_the_first_hub_listed() throws Exception {
        Konbini.Result r = issue("kiosk-0001.conf", 1, "first.pdf");

        assertThat(r.exitCode()).as(r.output()).isZero();
        hub1.awaitLog(l -> l.contains("authenticated; routing to city"), Duration.ofSeconds(30));
        assertThat(hub2.logText()).doesNotContain("authenticated; routing to city");
    }

    @Test
    @Order(2)
    void a_kiosk_that_goes_away_mid_request_has_its_stream_ended_at_the_hub() throws Exception {
        long before = routedAt(hub1);
        signal("STOP", "city-052019.conf");
        CompletableFuture<Konbini.Result> gone = issueAsync("kiosk-0001.conf", 1, "gone.pdf");
        awaitRouted(hub1, before + 1, List.of(gone));

        String cardPath = card(1).toString();
        ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(a -> List.of(a).contains(cardPath))
                .orElse(false)).forEach(ProcessHandle::destroyForcibly);

        assertThat(gone.join().exitCode()).isNotZero();
        hub1.awaitLog(l -> l.contains("cancelled by the relay"), Duration.ofSeconds(30));
        signal("CONT", "city-052019.conf");
    }

    /** Waits until {@code hub} has routed {@code total} requests; on failure, says what the kiosks printed. */
    private static void awaitRouted(RunningNode hub, long total, List<CompletableFuture<Konbini.Result>> kiosks)
            throws Exception {
        AtomicInteger routed = new AtomicInteger();
        try {
            hub.awaitLog(l -> l.contains("authenticated; routing to city") && routed.incrementAndGet() == total,
                    Duration.ofSeconds(120));
        } catch (AssertionError e) {
            StringBuilder ended = new StringBuilder();
            kiosks.stream().filter(CompletableFuture::isDone).forEach(f -> ended.append(f.join()).append('\n'));
            throw new AssertionError(e.getMessage() + "\nkiosks already ended:\n" + ended, e);
        }
    }

    private static long routedAt(RunningNode hub) {
        return hub.logText().lines().filter(l -> l.contains("authenticated; routing to city")).count();
    }

    private static CompletableFuture<Konbini.Result> issueAsync(String config, int cardNo, String out) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return issue(config, cardNo, out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, r -> Thread.ofVirtual().start(r));
    }

    @Test
    @Order(3)
    void when_hub_1_dies_mid_request_each_kiosk_waiting_there_gets_a_clear_answer_and_hub_2_carries_on()
            throws Exception {
        long before1 = routedAt(hub1);
        long before2 = routedAt(hub2);
        signal("STOP", "city-052019.conf");
        List<CompletableFuture<Konbini.Result>> waiting = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            waiting.add(issueAsync("kiosk-0001.conf", 2 + i, "lost-" + (2 + i) + ".pdf"));
            // it has passed its hub's checks and waits for the (paused) city: hub 1 takes the 1st and 3rd, hub 2
            // the 2nd, as the one with fewer outstanding each time
            boolean onHub1 = i % 2 == 0;
            awaitRouted(onHub1 ? hub1 : hub2, (onHub1 ? before1 : before2) + i / 2 + 1, waiting);
        }

        process("hub-1.conf").destroyForcibly();

        for (int i = 0; i < IN_FLIGHT; i += 2) {
            Konbini.Result r = waiting.get(i).join();
            assertThat(r.exitCode()).as(r.output()).isEqualTo(4);
            assertThat(r.output()).as("the relay's UNAVAILABLE, not the kiosk's own timeout or a dropped connection")
                    .contains("[E012]").contains("Please try again")
                    .doesNotContain("no answer within").doesNotContain("connection was closed");
        }
        relay.awaitLog(l -> l.contains("hub.1 link") && l.contains("streams in flight; each kiosk is told UNAVAILABLE"),
                Duration.ofSeconds(30));
        signal("CONT", "city-052019.conf");
        Konbini.Result onHub2 = waiting.get(1).join();
        assertThat(onHub2.exitCode()).as("the request on hub 2 is issued: " + onHub2.output()).isZero();

        Konbini.Result after = issue("kiosk-0001.conf", 1, "after.pdf");

        assertThat(after.exitCode()).as(after.output()).isZero();
        hub2.awaitLogCount(l -> l.contains("authenticated; routing to city"), (int) before2 + 2, Duration.ofSeconds(30));
    }
}
