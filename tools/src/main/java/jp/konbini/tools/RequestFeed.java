package jp.konbini.tools;

import java.util.Optional;

/**
 * Where a load run's kiosks get their requests: each free kiosk asks for the next one. Closed loop
 * ({@link ClosedLoopFeed}): a request arrives when a kiosk is free to take it. Open loop
 * ({@link OpenLoopFeed}): requests arrive on a clock and wait for a free kiosk; that wait is part of their
 * latency, as a resident queueing at a busy copier would count it.
 */
interface RequestFeed {
    /** One request: its number in the run and when it arrived, in nanoseconds after the run's start. */
    record Arrival(int number, long arrivedNanos) {
    }

    /** The next request, waiting for it if it has not arrived yet; empty when the run has no more. */
    Optional<Arrival> next() throws InterruptedException;

    /** How many requests the run has in all. */
    int total();

    /** Stops handing out requests (a kiosk thread failed). */
    void stop();
}
