package jp.konbini.relay;

import java.time.Duration;

/**
 * How much the relay carries at once (PROTOCOL.md §6-7). Every bound is answered at once (BUSY, or the kiosk
 * is closed), never with a queue.
 *
 * @param linksPerHub         long-lived TLS connections kept open to each listed hub ({@code hub.links})
 * @param streamsPerLink      streams in flight on one hub connection ({@code hub.link.streams}); the hub refuses
 *                            more than its own limit (256) anyway, so a higher value only moves the BUSY there
 * @param streamsPerKiosk     streams one kiosk connection may have in flight ({@code kiosk.streams})
 * @param challengesPerKiosk  challenges one kiosk connection may hold without answering them with an ISSUE_REQUEST
 *                            ({@code kiosk.challenges}): the hub counts live challenges per hub connection, which all
 *                            kiosks share, so one kiosk asking for challenges in a loop must not use up that count
 *                            (the default, 256, is what the hub allowed one kiosk when each had its own connection)
 * @param unsentPerKioskBytes answers held for a kiosk that does not read them ({@code kiosk.unsent.max.kib});
 *                            above it the relay closes that kiosk rather than stall the shared hub connection
 * @param reconnectMax        the longest wait between two attempts to reopen a hub connection
 *                            ({@code hub.reconnect.max.seconds})
 */
record MultiplexLimits(int linksPerHub, int streamsPerLink, int streamsPerKiosk, int challengesPerKiosk,
                       int unsentPerKioskBytes, Duration reconnectMax) {

    /** The first retry after a hub connection is lost or refused; it doubles up to {@link #reconnectMax}. */
    static final Duration RECONNECT_FIRST = Duration.ofMillis(100);

    MultiplexLimits {
        if (linksPerHub < 1 || streamsPerLink < 1 || streamsPerKiosk < 1 || challengesPerKiosk < 1 || unsentPerKioskBytes < 1
                || reconnectMax.compareTo(RECONNECT_FIRST) < 0) {
            throw new IllegalArgumentException("relay limits must be positive");
        }
    }

    static MultiplexLimits defaults() {
        return new MultiplexLimits(2, 256, 4, 256, 8 * 1024 * 1024, Duration.ofSeconds(10));
    }

    /** The wait before attempt {@code failures + 1}: 100 ms, 200 ms, 400 ms, ... up to {@link #reconnectMax}. */
    Duration backoff(int failures) {
        long millis = RECONNECT_FIRST.toMillis() << Math.min(failures, 20);
        return Duration.ofMillis(Math.min(millis, reconnectMax.toMillis()));
    }
}
