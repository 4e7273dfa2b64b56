package jp.konbini.relay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a new kiosk stream goes (PROTOCOL.md §7, "Spreading over hubs"): to the hub with the fewest streams
 * outstanding on its ready connections, and there to its ready connection with the fewest. Ties go to the hub,
 * and the connection, listed first: a relay with one hub uses it as before, and a quiet relay (nothing in flight)
 * uses {@code hub.1}. A hub with no ready connection (down, refusing, draining after GOAWAY) gets nothing, which
 * is the failover. A hub whose ready connections are all full is passed over for the next; only when every ready
 * connection is full is the stream refused.
 */
final class LeastOutstanding {
    /** One hub connection, as the choice sees it. */
    interface Link {
        /** Takes new streams: its hub answered HELLO, and it has not been told GOAWAY nor lost. */
        boolean isReady();

        /** Streams outstanding on it: opened and not yet ended. */
        int inFlight();

        /** Takes one place for a new stream; false when it is full or no longer ready. */
        boolean reserve();
    }

    /** The outcome of one choice: a place already reserved, or why there is none. */
    sealed interface Choice<L extends Link> {
        record Chosen<L extends Link>(L link) implements Choice<L> {
        }

        /** At least one hub is ready, but every ready connection is full (or not writable). */
        record AllFull<L extends Link>() implements Choice<L> {
        }

        /** No hub has a ready connection. */
        record NoneReady<L extends Link>() implements Choice<L> {
        }
    }

    /** A link's load read once: counts move under other threads, and a sort must see stable keys. */
    private record Load<L extends Link>(L link, int inFlight) {
    }

    private record HubLoad<L extends Link>(List<Load<L>> links, int outstanding) {
    }

    private LeastOutstanding() {
    }

    /**
     * Chooses and reserves a place for one new stream.
     *
     * @param hubs the current connections of each hub, in the listed order ({@code hub.1} first)
     */
    static <L extends Link> Choice<L> choose(List<List<L>> hubs) {
        List<HubLoad<L>> ready = new ArrayList<>();
        for (List<L> links : hubs) {
            List<Load<L>> loads = links.stream().filter(Link::isReady).map(l -> new Load<>(l, l.inFlight())).toList();
            if (!loads.isEmpty()) {
                ready.add(new HubLoad<>(loads, loads.stream().mapToInt(Load::inFlight).sum()));
            }
        }
        if (ready.isEmpty()) {
            return new Choice.NoneReady<>();
        }
        // List.sort is stable: equal loads keep the listed order
        ready.sort(Comparator.comparingInt(HubLoad::outstanding));
        for (HubLoad<L> hub : ready) {
            List<Load<L>> links = new ArrayList<>(hub.links());
            links.sort(Comparator.comparingInt(Load::inFlight));
            for (Load<L> l : links) {
                if (l.link().reserve()) {
                    return new Choice.Chosen<>(l.link());
                }
            }
        }
        return new Choice.AllFull<>();
    }
}
