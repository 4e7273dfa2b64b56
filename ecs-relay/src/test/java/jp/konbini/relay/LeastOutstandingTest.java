package jp.konbini.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule for a new kiosk stream: the ready hub with the fewest streams outstanding, there its least busy ready
 * connection, ties to the one listed first; a hub with no ready connection gets none.
 */
class LeastOutstandingTest {

    /** A hub connection with a count of streams, a bound, and a switch for whether it is ready. */
    static final class FakeLink implements LeastOutstanding.Link {
        final String name;
        final int max;
        boolean ready = true;
        int inFlight;

        FakeLink(String name, int max) {
            this.name = name;
            this.max = max;
        }

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public int inFlight() {
            return inFlight;
        }

        @Override
        public boolean reserve() {
            if (!ready || inFlight >= max) {
                return false;
            }
            inFlight++;
            return true;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<FakeLink> hub(int number, int links) {
        List<FakeLink> hub = new ArrayList<>();
        for (int i = 1; i <= links; i++) {
            hub.add(new FakeLink("hub." + number + " link " + i, 256));
        }
        return hub;
    }

    private static FakeLink chosen(List<List<FakeLink>> hubs) {
        return switch (LeastOutstanding.choose(hubs)) {
            case LeastOutstanding.Choice.Chosen<FakeLink> c -> c.link();
            case LeastOutstanding.Choice.AllFull<FakeLink> f -> throw new AssertionError("all full");
            case LeastOutstanding.Choice.NoneReady<FakeLink> n -> throw new AssertionError("none ready");
        };
    }

    private static int outstanding(List<FakeLink> hub) {
        return hub.stream().mapToInt(FakeLink::inFlight).sum();
    }

    @Test
    void tenNewStreamsOverTwoHubsGoFiveToEach() {
        List<FakeLink> hub1 = hub(1, 2);
        List<FakeLink> hub2 = hub(2, 2);

        for (int i = 0; i < 10; i++) {
            chosen(List.of(hub1, hub2));
        }

        assertThat(outstanding(hub1)).isEqualTo(5);
        assertThat(outstanding(hub2)).isEqualTo(5);
    }

    @Test
    void onAHubTheStreamsSpreadOverItsConnections() {
        List<FakeLink> hub1 = hub(1, 2);
        List<FakeLink> hub2 = hub(2, 2);

        for (int i = 0; i < 8; i++) {
            chosen(List.of(hub1, hub2));
        }

        assertThat(List.of(hub1, hub2)).allSatisfy(hub -> assertThat(hub).extracting(FakeLink::inFlight)
                .containsExactly(2, 2));
    }

    @Test
    void aHubWithMoreOutstandingStreamsIsPassedOver() {
        List<FakeLink> hub1 = hub(1, 2);
        List<FakeLink> hub2 = hub(2, 2);
        hub1.getFirst().inFlight = 3;
        hub2.getFirst().inFlight = 1;

        assertThat(chosen(List.of(hub1, hub2))).isSameAs(hub2.get(1));
        assertThat(chosen(List.of(hub1, hub2))).isSameAs(hub2.getFirst());
        assertThat(chosen(List.of(hub1, hub2))).as("now 3 each: the first listed").isSameAs(hub1.get(1));
    }

    @Test
    void aTieGoesToTheHubListedFirstSoOneStreamAtATimeAlwaysUsesHub1() {
        List<FakeLink> hub1 = hub(1, 2);
        List<FakeLink> hub2 = hub(2, 2);

        for (int i = 0; i < 5; i++) {
            FakeLink l = chosen(List.of(hub1, hub2));
            assertThat(l).isSameAs(hub1.getFirst());
            l.inFlight--; // the stream ends before the next one opens
        }
    }

    @Test
    void oneHubListedTakesEveryStreamOnItsLeastBusyConnection() {
        List<FakeLink> hub1 = hub(1, 2);
        hub1.getFirst().inFlight = 2;

        assertThat(chosen(List.of(hub1))).isSameAs(hub1.get(1));
        assertThat(chosen(List.of(hub1))).isSameAs(hub1.get(1));
        assertThat(chosen(List.of(hub1))).as("tie: the first connection").isSameAs(hub1.getFirst());
    }

    @Test
    void aHubWhoseConnectionsAreDownGetsNone() {
        List<FakeLink> hub1 = hub(1, 2);
        List<FakeLink> hub2 = hub(2, 2);
        hub1.forEach(l -> l.ready = false);

        for (int i = 0; i < 10; i++) {
            chosen(List.of(hub1, hub2));
        }

        assertThat(outstanding(hub1)).isZero();
        assertThat(outstanding(hub2)).isEqualTo(10);
    }

    @Test
    void aHubThatComesBackTakesNewStreamsUntilTheHubsAreEven() {
        List<FakeLink> hub1 = hub(1, 2);
        List<FakeLink> hub2 = hub(2, 2);
        hub2.forEach(l -> l.inFlight = 2);

        for (int i = 0; i < 4; i++) {
            assertThat(chosen(List.of(hub1, hub2))).isIn(hub1);
        }
        assertThat(chosen(List.of(hub1, hub2))).as("4 each: the first listed").isIn(hub1);
        assertThat(chosen(List.of(hub1, hub2))).isIn(hub2);
    }

    @Test
    void aHubWithOneConnectionDownCountsOnlyItsReadyOne() {
        List<FakeLink> hub1 = hub(1, 2);
        List<FakeLink> hub2 = hub(2, 2);
        hub1.getFirst().ready = false;

        for (int i = 0; i < 6; i++) {
            chosen(List.of(hub1, hub2));
        }

        assertThat(hub1).extracting(FakeLink::inFlight).containsExactly(0, 3);
        assertThat(outstanding(hub2)).isEqualTo(3);
    }

    @Test
    void aFullHubIsPassedOverForTheNext() {
        List<FakeLink> hub1 = List.of(new FakeLink("hub.1 link 1", 1));
        List<FakeLink> hub2 = List.of(new FakeLink("hub.2 link 1", 4));
        hub1.getFirst().inFlight = 1;
        hub2.getFirst().inFlight = 3;

        assertThat(chosen(List.of(hub1, hub2))).isSameAs(hub2.getFirst());
    }

    @Test
    void whenEveryReadyConnectionIsFullTheStreamIsRefusedAsFull() {
        FakeLink full = new FakeLink("hub.1 link 1", 1);
        full.inFlight = 1;
        FakeLink down = new FakeLink("hub.2 link 1", 4);
        down.ready = false;

        assertThat(LeastOutstanding.choose(List.of(List.of(full), List.of(down))))
                .isInstanceOf(LeastOutstanding.Choice.AllFull.class);
    }

    @Test
    void whenNoHubIsReadyTheStreamIsRefusedAsUnreachable() {
        List<FakeLink> hub1 = hub(1, 2);
        hub1.forEach(l -> l.ready = false);

        assertThat(LeastOutstanding.choose(List.of(hub1, List.of())))
                .isInstanceOf(LeastOutstanding.Choice.NoneReady.class);
    }
}
