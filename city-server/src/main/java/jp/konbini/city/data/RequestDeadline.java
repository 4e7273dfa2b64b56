package jp.konbini.city.data;

import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One request's database work, and the time it may take, all its statements together. Inside {@link #within},
 * every database step of the thread runs on the request's one pooled connection ({@link RequestConnection}),
 * limited to the time left (each statement, each lock wait, and the wait for a free connection at the first
 * step); a step asked for after the time is used up is refused, and a transaction is committed only while time
 * is left: so the request ends within about the budget (a statement runs at most {@link RequestConnection#SLACK}
 * past it) and leaves no half-written row.
 *
 * <p>Held per thread because a request runs on one worker thread from start to end, and the repositories
 * ask for their connections deep below the service; passing a deadline through every call would say the same.
 */
public final class RequestDeadline {
    /** The current thread's request; absent outside one. */
    private static final ThreadLocal<Bound> CURRENT = new ThreadLocal<>();
    private static final Bound UNBOUNDED = new Bound(false, 0);

    /** @param deadline {@link System#nanoTime()} at which the request runs out of time, when {@code bounded} */
    private record Bound(boolean bounded, long deadline) {
        Bound earlier(Bound other) {
            if (!other.bounded) {
                return this;
            }
            return !bounded || other.deadline - deadline < 0 ? other : this;
        }
    }

    private RequestDeadline() {
    }

    /**
     * Runs {@code work} as one request with at most {@code budget} for its database work; zero means no bound
     * beyond the database's own per-statement limit. Nested calls are part of the outer request and keep the
     * earlier deadline; the request's connection returns to the pool when the outermost call ends.
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        Bound outer = CURRENT.get();
        Bound mine = budget == null || budget.isZero() ? UNBOUNDED
                : new Bound(true, System.nanoTime() + budget.toNanos());
        CURRENT.set(outer == null ? mine : outer.earlier(mine));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
                RequestConnection.endOfRequest();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Whether the current thread is inside {@link #within}. */
    static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * The time the current request has left; empty outside a bounded request.
     *
     * @throws SQLTimeoutException when it has none left
     */
    static Optional<Duration> remaining() throws SQLTimeoutException {
        Bound bound = CURRENT.get();
        if (bound == null || !bound.bounded) {
            return Optional.empty();
        }
        long left = bound.deadline - System.nanoTime();
        if (left <= 0) {
            throw usedUp();
        }
        return Optional.of(Duration.ofNanos(left));
    }

    /** Whether the current thread's request has used up its time (false outside a bounded request). */
    public static boolean expired() {
        Bound bound = CURRENT.get();
        return bound != null && bound.bounded && bound.deadline - System.nanoTime() <= 0;
    }

    /**
     * Called right before a commit: a request out of time rolls back instead, because its caller has been
     * (or is about to be) told "try later".
     *
     * @throws SQLTimeoutException when the time is used up
     */
    static void beforeCommit() throws SQLTimeoutException {
        remaining();
    }

    private static SQLTimeoutException usedUp() {
        // 57014: query_canceled, as PostgreSQL reports its own statement_timeout
        return new SQLTimeoutException("the request's time for the database is used up", "57014");
    }
}
