package jp.konbini.city.data;

import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The time one request may spend on the database, all its connections and statements together. Inside
 * {@link #within}, every connection the thread opens is limited to the time left (connecting, each statement,
 * each lock wait), a connection asked for after the time is used up is refused, and a transaction is committed
 * only while time is left: so the request ends within about the budget (a statement that started just before
 * the end runs for at most the time that was left when its connection opened) and leaves no half-written row.
 *
 * <p>Held per thread because a request runs on one worker thread from start to end, and the repositories
 * open their own connections deep below the service; passing a deadline through every call would say the same.
 */
public final class RequestDeadline {
    /** {@link System#nanoTime()} at which the current thread's request runs out of time. */
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private RequestDeadline() {
    }

    /**
     * Runs {@code work} with at most {@code budget} for its database work; zero means no bound beyond the
     * database's own per-statement limit. Nested calls keep the earlier deadline.
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        if (budget == null || budget.isZero()) {
            return work.get();
        }
        Long outer = DEADLINE.get();
        long mine = System.nanoTime() + budget.toNanos();
        DEADLINE.set(outer != null && outer - mine < 0 ? outer : mine);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(outer);
            }
        }
    }

    /**
     * The time the current request has left; empty outside a bounded request.
     *
     * @throws SQLTimeoutException when it has none left
     */
    static Optional<Duration> remaining() throws SQLTimeoutException {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return Optional.empty();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw usedUp();
        }
        return Optional.of(Duration.ofNanos(left));
    }

    /** Whether the current thread's request has used up its time (false outside a bounded request). */
    public static boolean expired() {
        Long deadline = DEADLINE.get();
        return deadline != null && deadline - System.nanoTime() <= 0;
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
