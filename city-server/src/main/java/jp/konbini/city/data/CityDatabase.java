package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The city's database (H2 file or PostgreSQL), brought up to the current schema when opened, and reached through
 * a pool of open connections ({@link PoolSettings}).
 *
 * <p>{@link #connection()} hands out a pooled connection, which the caller closes. Inside a request
 * ({@link RequestDeadline#within}) every call gets the request's one connection ({@link RequestConnection}), each
 * time as if it were fresh: in auto-commit mode, with no transaction of an earlier step left open.
 * Example URL: {@code jdbc:h2:file:/var/lib/konbini/city;AUTO_SERVER=FALSE}.
 *
 * <p>With a {@linkplain #open(String, String, String, Duration) timeout}, no statement waits longer than that
 * for the database: a query, or a lock held by another transaction. Inside a request every statement gets only
 * the time the whole request has left, the wait for a free connection too, and no step starts once it is used
 * up. Past it the statement fails, its transaction is rolled back, and the request gets "try later"
 * ({@link CityDatabaseException}). Migrations at start-up run without it.
 */
public final class CityDatabase implements AutoCloseable {

    private final Duration timeout;
    private final Duration poolWait;
    private final SessionLimits limits;
    private final ConnectionPool pool;
    /**
     * H2 closes an embedded database when its last connection closes, and re-opening a file database costs far
     * more than a query; this one connection keeps it open whatever the pool does. {@code null} for server
     * databases such as PostgreSQL.
     */
    private final Connection keepOpen;
    private volatile boolean closed;

    private CityDatabase(Duration timeout, Duration poolWait, SessionLimits limits, ConnectionPool pool,
                         Connection keepOpen) {
        this.timeout = timeout;
        this.poolWait = poolWait;
        this.limits = limits;
        this.pool = pool;
        this.keepOpen = keepOpen;
    }

    /**
     * Opens the database and applies any migration it lacks.
     *
     * @throws CityDatabaseException when it cannot be reached or a migration fails
     */
    public static CityDatabase open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Duration.ZERO);
    }

    /**
     * As {@link #open(String, String, String)}, and every later statement gives up after {@code timeout}
     * (zero: waits as long as the driver does), on a query and on a lock; with the tools' pool.
     *
     * @throws CityDatabaseException when it cannot be reached or a migration fails
     */
    public static CityDatabase open(String jdbcUrl, String user, String password, Duration timeout) {
        return open(jdbcUrl, user, password, timeout, PoolSettings.defaults());
    }

    /**
     * As {@link #open(String, String, String, Duration)}, with {@code pool} connections.
     *
     * @throws CityDatabaseException when it cannot be reached or a migration fails
     */
    public static CityDatabase open(String jdbcUrl, String user, String password, Duration timeout,
                                    PoolSettings pool) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        Connection keepOpen = null;
        try {
            if (jdbcUrl.startsWith("jdbc:h2:")) {
                keepOpen = DriverManager.getConnection(jdbcUrl, credentials);
            }
            SessionLimits limits;
            // a migration may take longer than a request may wait
            try (Connection connection = DriverManager.getConnection(jdbcUrl, credentials)) {
                migrate(jdbcUrl, connection);
                limits = SessionLimits.of(jdbcUrl, timeout, connection);
            }
            ConnectionPool connections;
            try {
                connections = ConnectionPool.open(jdbcUrl, limits.atConnect(credentials), pool);
            } catch (SQLException e) {
                throw new CityDatabaseException("cannot open connections to the city database " + jdbcUrl, e);
            }
            return new CityDatabase(timeout, pool.timeout(), limits, connections, keepOpen);
        } catch (SQLException e) {
            CityDatabaseException failure = new CityDatabaseException("cannot open the city database " + jdbcUrl, e);
            closeQuietly(keepOpen, failure);
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(keepOpen, e);
            throw e;
        }
    }

    /**
     * A connection in auto-commit mode; the caller closes it. Inside a request: the request's connection, limited to
     * the time the request has left, and closing it ends only this step.
     *
     * @throws CityDatabaseException when no connection is free in time, or the request's time is used up
     */
    public Connection connection() {
        if (closed) {
            throw new IllegalStateException("the city database is closed");
        }
        try {
            return RequestDeadline.active() ? RequestConnection.step(this) : pool.borrow(poolWait);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot connect to the city database", e);
        }
    }

    /** How long a request waits for the database at most per statement; zero when unbounded. */
    public Duration timeout() {
        return timeout;
    }

    Duration poolWait() {
        return poolWait;
    }

    SessionLimits limits() {
        return limits;
    }

    Connection borrow(Duration wait) throws SQLException {
        return pool.borrow(wait);
    }

    void evict(Connection borrowed) {
        pool.evict(borrowed);
    }

    /** Closes the pool's connections (aborting any still borrowed) and, for H2, the database itself. */
    @Override
    public void close() {
        closed = true;
        pool.close();
        if (keepOpen != null) {
            try {
                keepOpen.close();
            } catch (SQLException e) {
                throw new CityDatabaseException("cannot close the city database", e);
            }
        }
    }

    private static void migrate(String jdbcUrl, Connection connection) {
        try {
            Migrations.apply(connection);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot migrate the city database " + jdbcUrl, e);
        }
    }

    private static void closeQuietly(Connection connection, RuntimeException failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
