package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import jp.konbini.tools.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same fifty kiosks, with Yokote reached through a faulty city that answers some requests with the
 * answer and document made for another request: none of those may be printed, each must be alerted at
 * the hub (without personal data), and the kiosk must say nothing was issued and nothing charged.
 */
class FaultyCityTest {
    /** Every fourth answer of the faulty city is another request's. */
    static final int SWAP_EVERY = 4;

    @TempDir
    static Path dir;
    static LoadLab lab;
    static FaultyCityProxy faulty;

    @BeforeAll
    static void startChain() throws Exception {
        lab = LoadLab.create(dir);
        int port = FreePorts.outside(dir);
        lab.routeVia(LoadLab.YOKOTE, port);
        lab.start();
        faulty = FaultyCityProxy.start(dir, LoadLab.YOKOTE, port, SWAP_EVERY);
    }

    @AfterAll
    static void stopChain() {
        if (faulty != null) {
            faulty.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void no_document_of_another_request_is_printed_and_every_swap_is_alerted() throws Exception {
        int requests = LoadLab.requests();
        Konbini.Result r = lab.load(requests, true);

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stdout()).contains("answered: " + requests + " of " + requests).contains("wrong documents: 0");
        int injected = faulty.injected();
        int mismatches = LoadLab.outcome(r, "[E060] BINDING_MISMATCH");
        assertThat(injected).as("the faulty city swapped answers").isPositive();
        // each swapped request got the binding-mismatch answer ("nothing issued, not charged"), the rest printed
        assertThat(mismatches).as(r.stdout()).isEqualTo(injected);
        assertThat(LoadLab.outcome(r, "printed")).as(r.stdout()).isEqualTo(requests - injected);
        lab.hub.awaitLogCount(FaultyCityTest::isAlert, injected, Duration.ofSeconds(30));
        String log = lab.hub.logText();
        assertThat(log.lines().filter(FaultyCityTest::isAlert).count()).isEqualTo(injected);
        // the alert names the request id and what differed, never a person
        log.lines().filter(FaultyCityTest::isAlert).forEach(l -> assertThat(l).doesNotContainPattern("[一-龯ぁ-んァ-ン]"));
        // and carries the hub's running count, each number once (lines of two threads may come out of order)
        assertThat(log.lines().filter(FaultyCityTest::isAlert)
                .map(l -> l.replaceFirst(".*\\((\\d+) since start\\).*", "$1")).map(Integer::valueOf).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, injected).boxed().toList());
    }

    private static boolean isAlert(String line) {
        return line.contains("ALERT");
    }
}
