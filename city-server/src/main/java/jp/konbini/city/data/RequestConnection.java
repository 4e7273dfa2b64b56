package jp.konbini.city.data;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pooled connection that every database step of a request shares ({@link RequestDeadline#within}):
 * borrowed at the request's first step, returned at its end, so that a certificate costs one borrow, not one
 * connection per lookup. Each step gets it as a connection of its own — in auto-commit mode, and closing it ends
 * the step, rolling back any transaction the step left open — so the repositories work as on a fresh connection.
 *
 * <p>The session's statement and lock limits follow the request's deadline: a step finds them at most
 * {@link #SLACK} longer than the time the request has left (they are set again when they would be more), and
 * they are put back to the database's own before the connection returns to the pool.
 */
final class RequestConnection {
    /**
     * How far past the request's deadline a statement may run. Setting the limits costs a round trip to the
     * database; within this slack a fast request never pays it.
     */
    static final Duration SLACK = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(RequestConnection.class);
    /** The connections of the current thread's request, one per database (a request nearly always uses one). */
    private static final ThreadLocal<List<RequestConnection>> HELD = new ThreadLocal<>();

    private final CityDatabase database;
    private final Connection pooled;
    /** The session's limit now; zero when it has none; the database's own {@code timeout} until a step sets it. */
    private Duration limit;
    /** Whether a step set the session's limits (or tried to): they are put back at the end of the request. */
    private boolean limitsSet;
    private boolean stepOpen;

    private RequestConnection(CityDatabase database, Connection pooled) {
        this.database = database;
        this.pooled = pooled;
        this.limit = database.timeout();
    }

    /**
     * The next step of the current request on {@code database}: its pooled connection (borrowed now if this is the
     * request's first step), limited to the time the request has left.
     *
     * @throws java.sql.SQLTimeoutException when the request has no time left
     * @throws java.sql.SQLTransientConnectionException when no connection was free in time
     * @throws IllegalStateException when the request's previous step on it is still open
     */
    static Connection step(CityDatabase database) throws SQLException {
        Duration left = RequestDeadline.remaining().orElse(null);
        List<RequestConnection> held = HELD.get();
        if (held == null) {
            held = new ArrayList<>(1);
            HELD.set(held);
        }
        RequestConnection request = null;
        for (RequestConnection c : held) {
            if (c.database == database) {
                request = c;
                break;
            }
        }
        if (request == null) {
            Duration wait = database.poolWait();
            request = new RequestConnection(database, database.borrow(left != null && left.compareTo(wait) < 0
                    ? left : wait));
            // held from here on, so that the end of the request returns it whatever happens next
            held.add(request);
            // the wait for it took some of the time
            left = RequestDeadline.remaining().orElse(null);
        }
        return request.open(left);
    }

    /** Returns the current thread's request connections to their pools; called once, at the end of the request. */
    static void endOfRequest() {
        List<RequestConnection> held = HELD.get();
        HELD.remove();
        if (held != null) {
            held.forEach(RequestConnection::release);
        }
    }

    private Connection open(Duration left) throws SQLException {
        if (stepOpen) {
            throw new IllegalStateException("a request's database steps run one after another: close the previous"
                    + " connection first");
        }
        if (left != null && (limit.isZero() || limit.compareTo(left.plus(SLACK)) > 0)) {
            limitsSet = true;
            database.limits().set(pooled, left);
            limit = left;
        }
        stepOpen = true;
        return (Connection) Proxy.newProxyInstance(RequestConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Step());
    }

    private void release() {
        try {
            if (limitsSet) {
                database.limits().restore(pooled);
            }
        } catch (SQLException e) {
            // a session whose limits are unknown must not serve another request
            LOG.warn("closing a database connection whose time limits could not be put back: {}", e.getMessage());
            database.evict(pooled);
        }
        try {
            pooled.close();
        } catch (SQLException e) {
            LOG.warn("returning a database connection to the pool failed: {}", e.getMessage());
        }
    }

    /** One step's view of the request's connection: everything goes to it, except that closing ends the step. */
    private final class Step implements InvocationHandler {
        private boolean closed;

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    end();
                    return null;
                }
                case "isClosed" -> {
                    return closed || pooled.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "step on " + pooled;
                }
                default -> {
                }
            }
            if (closed) {
                throw new SQLException("this database step has ended", "08003");
            }
            try {
                return method.invoke(pooled, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** As closing a connection would: an open transaction is rolled back; the next step starts in auto-commit. */
        private void end() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            stepOpen = false;
            if (!pooled.getAutoCommit()) {
                pooled.rollback();
                pooled.setAutoCommit(true);
            }
        }
    }
}
