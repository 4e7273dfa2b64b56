package jp.konbini.tools;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/** {@code --requests N}: a fixed number of requests, each arriving the moment a kiosk is free for it. */
final class ClosedLoopFeed implements RequestFeed {
    private final int total;
    private final LongSupplier sinceStart;
    private final AtomicInteger next = new AtomicInteger();

    /** @param sinceStart nanoseconds since the run's start */
    ClosedLoopFeed(int total, LongSupplier sinceStart) {
        this.total = total;
        this.sinceStart = sinceStart;
    }

    @Override
    public Optional<Arrival> next() {
        int n = next.getAndIncrement();
        return n < total ? Optional.of(new Arrival(n, sinceStart.getAsLong())) : Optional.empty();
    }

    @Override
    public int total() {
        return total;
    }

    @Override
    public void stop() {
        next.set(total);
    }
}
