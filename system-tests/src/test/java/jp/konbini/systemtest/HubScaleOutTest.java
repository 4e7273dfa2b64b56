package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hub processes behind one relay ({@code tools lab --hubs 2}: hub-1 and hub-2, each its own certificate and
 * port), fifty kiosks issuing at once ({@code tools load}). The relay spreads the requests over both hubs; a hub
 * stopped mid-load with SIGTERM drains (GOAWAY: it lets the requests in flight and the visits whose challenge it
 * gave finish) while the relay sends every new visit to the other hub, and no request fails. Who carried a request
 * is read from each hub's log: one "authenticated; routing to city" line per request it routed to its city.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubScaleOutTest {
    private static final String ROUTED = "authenticated; routing to city";
    /** Longer than any drain here: a lab's hubs drain for up to 300 s, a request's whole life. */
    private static final Duration STOPPING = Duration.ofMinutes(6);

    @TempDir
    static Path dir;
    static LoadLab lab;

    @BeforeAll
    static void startChain() throws Exception {
        lab = LoadLab.create(dir, 2);
        lab.start();
    }

    @AfterAll
    static void stopChain() {
        if (lab != null) {
            lab.close();
        }
    }

    private static long routed(RunningNode hub) {
        return hub.logText().lines().filter(l -> l.contains(ROUTED)).count();
    }

    /** Every request of the run printed, and every printed document the asking card holder's. */
    private static void assertAllPrinted(Konbini.Result r, int requests) {
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(LoadLab.outcome(r, "printed")).as(r.stdout()).isEqualTo(requests);
        assertThat(r.stdout()).contains("wrong documents: 0");
    }

    @Test
    @Order(1)
    void the_relay_spreads_the_requests_so_that_each_hub_carries_a_fair_share() throws Exception {
        int requests = LoadLab.requests();

        Konbini.Result r = lab.load(requests, false);

        assertAllPrinted(r, requests);
        long byHub1 = routed(lab.hubs.get(0));
        long byHub2 = routed(lab.hubs.get(1));
        System.out.printf("requests routed: hub-1 %d, hub-2 %d of %d%n", byHub1, byHub2, requests);
        assertThat(byHub1 + byHub2).as("each request routed once").isEqualTo(requests);
        assertThat(List.of(byHub1, byHub2)).as("hub-1, hub-2: each at least 30%% of %d", requests)
                .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo((long) Math.ceil(0.3 * requests)));
    }

    @Test
    @Order(2)
    void a_hub_stopped_mid_load_drains_and_the_other_hub_takes_the_new_requests_without_one_failing()
            throws Exception {
        int requests = LoadLab.requests();
        RunningNode hub1 = lab.hubs.get(0);
        RunningNode hub2 = lab.hubs.get(1);
        long hub1Before = routed(hub1);
        long hub2Before = routed(hub2);
        CompletableFuture<Konbini.Result> load = CompletableFuture.supplyAsync(() -> {
            try {
                return lab.load(requests, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, r -> Thread.ofPlatform().name("load").start(r));
        // mid-load: hub 2 has carried a tenth of this run's requests
        hub2.awaitLogCount(l -> l.contains(ROUTED), (int) hub2Before + requests / 10, Duration.ofMinutes(10));

        long hub1AtStop = routed(hub1) - hub1Before;
        long hub2AtStop = routed(hub2) - hub2Before;
        hub2.terminate(STOPPING);
        long byHub2 = routed(hub2) - hub2Before;

        Konbini.Result r = load.join();
        assertAllPrinted(r, requests);
        long byHub1 = routed(hub1) - hub1Before;
        System.out.printf("hub-2 stopped (SIGTERM) when %d of %d requests were routed (hub-1 %d, hub-2 %d); hub-2 "
                + "routed %d more while it drained; routed in all: hub-1 %d, hub-2 %d%n", hub1AtStop + hub2AtStop,
                requests, hub1AtStop, hub2AtStop, byHub2 - hub2AtStop, byHub1, byHub2);
        assertThat(hub2.logText()).as("hub 2 announced its stop on its relay connections").contains("GOAWAY to");
        assertThat(byHub2 - hub2AtStop).as("while it drained, hub 2 routed only the requests of visits begun there: "
                + "at most one a kiosk").isLessThanOrEqualTo(LoadLab.KIOSKS);
        assertThat(byHub1).as("every other request of the run went to hub 1, also after the stop")
                .isEqualTo(requests - byHub2).isGreaterThan(hub1AtStop);
        assertThat(lab.relay.logText()).as("no stream was cut on hub 2's connections: each was drained")
                .doesNotContain("connection lost with");
    }
}
