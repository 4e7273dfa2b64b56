package jp.konbini.city.data;

import java.time.Duration;

/**
 * How many connections the city keeps open to its database, and how long a caller waits for a free one.
 *
 * @param size how many connections the pool holds, at most and at least: a request uses one from its first
 *             statement to its end, so fewer connections than concurrent requests makes requests wait
 * @param timeout how long a caller waits for a free connection; inside a request never longer than the request's
 *             time left. Past it the call fails as the database does ("try later")
 */
public record PoolSettings(int size, Duration timeout) {

    /** For the tools and the tests, which wait as long as the database does; the city takes its own from city.conf. */
    private static final Duration TOOLS_WAIT = Duration.ofSeconds(30);

    public PoolSettings {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection, not " + size);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the wait for a connection must be positive: " + timeout);
        }
    }

    /** Two connections per core, the city's default for {@code db.pool.size}. */
    public static int defaultSize() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /** {@link #defaultSize()} connections, and a 30 s wait: for the tools and tests. */
    public static PoolSettings defaults() {
        return new PoolSettings(defaultSize(), TOOLS_WAIT);
    }
}
