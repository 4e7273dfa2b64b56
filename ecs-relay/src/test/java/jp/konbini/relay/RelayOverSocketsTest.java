package jp.konbini.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jp.konbini.node.NodeSettings;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay between real kiosk connections and two small hubs over mutual TLS on 127.0.0.1: many kiosks share
 * the relay's few hub connections and each gets only its own answers; new requests spread over both hubs; when
 * hub 1 dies, what was in flight there is answered UNAVAILABLE at once and new requests go to hub 2.
 */
class RelayOverSocketsTest {
    private static final int KIOSKS = 40;
    private static final String PEER = "issuer=pki/ca/jlis-network/ca.crt.pem";

    @TempDir
    static Path dir;
    static SocketLab lab;
    static NodeSettings kioskNode;
    static EventLoopGroup group;

    private FakeHub hub1;
    private FakeHub hub2;
    private RelayServer relay;
    private final List<TestKiosk> kiosks = new ArrayList<>();

    @BeforeAll
    static void pki() {
        lab = new SocketLab(dir);
        kioskNode = lab.kiosk();
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopGroup() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    @BeforeEach
    void start() throws Exception {
        hub1 = new FakeHub("hub-1", lab.hubConfig("hub-1", 0));
        hub2 = new FakeHub("hub-2", lab.hubConfig("hub-2", 0));
        relay = RelayServer.start(lab.relayConfig(hubLines(hub1.port(), hub2.port())));
        // the relay listens once a first hub connection is ready; hub 2's come up beside it
        acquire(hub1.helloSeen, 2);
        acquire(hub2.helloSeen, 2);
    }

    private static String hubLines(int port1, int port2) {
        return """
                hub.links = 2
                hub.1 = 127.0.0.1:%d
                hub.1.peer = role=hub %s cn=hub-1
                hub.2 = 127.0.0.1:%d
                hub.2.peer = role=hub %s cn=hub-2
                """.formatted(port1, PEER, port2, PEER);
    }

    @AfterEach
    void stop() {
        kiosks.forEach(TestKiosk::close);
        // each server waits out Netty's quiet period when it stops: stop them side by side
        List.<AutoCloseable>of(relay, hub1, hub2).stream()
                .map(c -> CompletableFuture.runAsync(() -> close(c), r -> Thread.ofVirtual().start(r)))
                .toList().forEach(CompletableFuture::join);
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TestKiosk kiosk() throws Exception {
        TestKiosk k = new TestKiosk(lab, kioskNode, group, new InetSocketAddress("127.0.0.1", relay.localAddress().getPort()));
        kiosks.add(k);
        return k;
    }

    private static void acquire(Semaphore s, int permits) throws InterruptedException {
        assertThat(s.tryAcquire(permits, 30, TimeUnit.SECONDS)).as("awaited event within 30 s").isTrue();
    }

    @Test
    void fortyKiosksShareTheRelaysHubConnectionsAndEachGetsOnlyItsOwnAnswers() throws Exception {
        for (int i = 0; i < KIOSKS; i++) {
            TestKiosk k = kiosk();
            k.ask(1, "k" + i + "-s1");
            k.ask(3, "k" + i + "-s3");
        }

        Set<String> hubStreams = new HashSet<>();
        for (int i = 0; i < KIOSKS; i++) {
            for (int n = 0; n < 2; n++) {
                Envelope e = kiosks.get(i).next();
                String[] said = TestKiosk.detail(e).split(" ");
                assertThat(said[0]).isIn("hub-1", "hub-2");
                assertThat(said[1]).as("kiosk %d stream %d got its own answer", i, e.streamId())
                        .isEqualTo("k" + i + "-s" + e.streamId());
                hubStreams.add(said[0] + " " + said[2]);
            }
        }
        assertThat(List.of(hub1.connections.get(), hub2.connections.get()))
                .as("two long-lived connections to each hub, not one per kiosk").containsExactly(2, 2);
        assertThat(hub1.requests.get() + hub2.requests.get()).isEqualTo(2 * KIOSKS);
        // 80 streams over two connections per hub: at least 40 distinct ids at the hubs
        assertThat(hubStreams.size()).isGreaterThanOrEqualTo(KIOSKS);
    }

    /**
     * Requests held in flight, one after the other: each new one goes to the hub with fewer outstanding, a tie to
     * hub 1, so hub 1 takes the 1st, 3rd and 5th.
     */
    private List<TestKiosk> holdSix() throws Exception {
        List<TestKiosk> holding = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestKiosk k = kiosk();
            k.ask(1, "hold-" + i);
            acquire((i % 2 == 0 ? hub1 : hub2).requestSeen, 1);
            holding.add(k);
        }
        return holding;
    }

    @Test
    void newRequestsGoToTheHubWithFewerOutstandingSoBothHubsCarryAnEvenShare() throws Exception {
        holdSix();

        assertThat(hub1.requests.get()).isEqualTo(3);
        assertThat(hub2.requests.get()).isEqualTo(3);
    }

    @Test
    void whenHub1DiesItsStreamsInFlightGetUnavailableAtOnceAndNewRequestsGoToHub2() throws Exception {
        List<TestKiosk> holding = holdSix();

        hub1.close();

        for (int i = 0; i < holding.size(); i += 2) {
            Envelope e = holding.get(i).next();
            assertThat(e.streamId()).isEqualTo(1);
            ErrorMessage error = (ErrorMessage) e.message();
            assertThat(error.code()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(error.code().retryable()).isTrue();
        }
        assertThat(answerAfterFailover(kiosk())).startsWith("hub-2 ");
    }

    /**
     * Asks until a hub answers: while the relay is still learning that hub 1's second connection is gone too, a
     * request may meet it and get UNAVAILABLE, as a kiosk would, and ask again.
     */
    private static String answerAfterFailover(TestKiosk k) throws InterruptedException {
        for (int stream = 1; stream < 2_000; stream += 2) {
            k.ask(stream, "after");
            ErrorMessage answer = (ErrorMessage) k.next().message();
            if (answer.code() != ErrorCode.UNAVAILABLE) {
                return answer.detail();
            }
        }
        throw new AssertionError("no hub answered after 1000 tries");
    }

    @Test
    void aHubThatComesBackTakesNewRequestsAgain() throws Exception {
        int port = hub1.port();
        hub1.close();
        answerAfterFailover(kiosk());

        hub1 = new FakeHub("hub-1", lab.hubConfig("hub-1", port));
        acquire(hub1.helloSeen, 1);

        String answer = "";
        TestKiosk k = kiosk();
        for (int stream = 1; stream < 20_000 && !answer.startsWith("hub-1 "); stream += 2) {
            k.ask(stream, "back");
            answer = TestKiosk.detail(k.next());
        }
        assertThat(answer).as("once back, hub 1 takes new requests again (with none outstanding, a tie goes to the "
                + "first listed)").startsWith("hub-1 ");
    }

    @Test
    void aKioskThatDisconnectsHasItsStreamEndedAtTheHub() throws Exception {
        TestKiosk k = kiosk();
        k.ask(1, "hold-gone");
        acquire(hub1.requestSeen, 1);

        k.close();

        acquire(hub1.cancelSeen, 1);
        assertThat(hub1.cancelled).hasSize(1);
    }
}
