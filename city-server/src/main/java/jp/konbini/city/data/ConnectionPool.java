package jp.konbini.city.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The city's open connections to its database (HikariCP), all made with the same properties. A connection
 * returns to the pool when its borrower closes it, with any open transaction rolled back and auto-commit,
 * read-only, isolation, catalog and schema as they were; a broken one is closed instead of handed out again.
 *
 * <p>HikariCP's own pool rather than its {@code HikariDataSource}: only the pool takes a wait per borrow, and a
 * request may wait no longer than the time it has left.
 */
final class ConnectionPool implements AutoCloseable {
    /** HikariCP refuses a shorter connection time-out; our own waits ({@link #borrow}) may be shorter. */
    private static final long HIKARI_FLOOR_MILLIS = 250;

    private final HikariPool pool;

    private ConnectionPool(HikariPool pool) {
        this.pool = pool;
    }

    /**
     * Opens {@code settings.size()} connections to {@code jdbcUrl} (the first one at once, so that an unreachable
     * database fails here, the others in the background).
     */
    static ConnectionPool open(String jdbcUrl, Properties properties, PoolSettings settings) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("city-db");
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(properties);
        config.setMaximumPoolSize(settings.size());
        config.setMinimumIdle(settings.size());
        long wait = Math.max(HIKARI_FLOOR_MILLIS, settings.timeout().toMillis());
        config.setConnectionTimeout(wait);
        config.setValidationTimeout(Math.min(wait, Duration.ofSeconds(5).toMillis()));
        config.setAutoCommit(true);
        config.validate();
        try {
            return new ConnectionPool(new HikariPool(config));
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * A connection for the caller alone until it closes it.
     *
     * @throws java.sql.SQLTransientConnectionException when none is free within {@code wait}
     */
    Connection borrow(Duration wait) throws SQLException {
        return pool.getConnection(Math.max(0, wait.toMillis()));
    }

    /** Closes a borrowed connection for good instead of returning it: its session is in a state we cannot vouch for. */
    void evict(Connection borrowed) {
        pool.evictConnection(borrowed);
    }

    /** Closes every idle connection, and aborts those still borrowed. */
    @Override
    public void close() {
        try {
            pool.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
