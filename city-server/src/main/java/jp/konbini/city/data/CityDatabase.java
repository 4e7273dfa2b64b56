package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The city's database (H2 file or PostgreSQL), brought up to the current schema when opened.
 *
 * <p>Each call to {@link #connection()} opens a fresh connection, which the caller closes: simple,
 * thread-safe, and no connection can carry one request's transaction state into another's.
 * Example URL: {@code jdbc:h2:file:/var/lib/konbini/city;AUTO_SERVER=FALSE}.
 *
 * <p>With a {@linkplain #open(String, String, String, Duration) timeout}, no statement waits longer than that
 * for the database: reaching it, a query, or a lock held by another transaction. Inside a request
 * ({@link RequestDeadline#within}) every connection gets only the time the whole request has left, and none
 * is opened once it is used up. Past it the statement fails, its transaction is rolled back, and the request
 * gets "try later" ({@link CityDatabaseException}). Migrations at start-up run without it.
 */
public final class CityDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final Properties credentials = new Properties();
    /** The credentials plus the driver's time limits; the same as {@link #credentials} without a timeout. */
    private final Properties bounded;
    private final Duration timeout;
    /**
     * H2 closes an embedded database when its last connection closes, and re-opening a file
     * database costs far more than a query; this one connection keeps it open. {@code null} for
     * server databases such as PostgreSQL.
     */
    private final Connection keepOpen;
    private volatile boolean closed;

    private CityDatabase(String jdbcUrl, String user, String password, Duration timeout) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.timeout = timeout;
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        this.bounded = limits(jdbcUrl, credentials, timeout);
        this.keepOpen = jdbcUrl.startsWith("jdbc:h2:") ? DriverManager.getConnection(jdbcUrl, credentials) : null;
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
     * As {@link #open(String, String, String)}, and every later connection gives up after {@code timeout}
     * (zero: waits as long as the driver does) on connecting, on a statement and on a lock.
     *
     * @throws CityDatabaseException when it cannot be reached or a migration fails
     */
    public static CityDatabase open(String jdbcUrl, String user, String password, Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        CityDatabase database;
        try {
            database = new CityDatabase(jdbcUrl, user, password, timeout);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot open the city database " + jdbcUrl, e);
        }
        // a migration may take longer than a request may wait
        try (Connection connection = DriverManager.getConnection(jdbcUrl, database.credentials)) {
            Migrations.apply(connection);
        } catch (SQLException e) {
            database.close();
            throw new CityDatabaseException("cannot migrate the city database " + jdbcUrl, e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * A new connection in auto-commit mode; the caller closes it. Inside a bounded request it is limited to the
     * time the request has left.
     *
     * @throws CityDatabaseException when the database cannot be reached or the request's time is used up
     */
    public Connection connection() {
        if (closed) {
            throw new IllegalStateException("the city database is closed");
        }
        try {
            Optional<Duration> left = RequestDeadline.remaining();
            Properties limits = left.isEmpty() ? bounded
                    : limits(jdbcUrl, credentials, timeout.isZero() || left.get().compareTo(timeout) < 0
                            ? left.get() : timeout);
            return DriverManager.getConnection(jdbcUrl, limits);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot connect to the city database", e);
        }
    }

    /** How long a request waits for the database at most per statement; zero when unbounded. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The drivers' own settings for the limit. H2: the session's LOCK_TIMEOUT and QUERY_TIMEOUT (an
     * embedded database is never "unreachable"). PostgreSQL: connect and login timeouts, the server's
     * statement_timeout and lock_timeout, and a socket timeout a little longer, for a server that stops
     * answering altogether.
     */
    private static Properties limits(String jdbcUrl, Properties credentials, Duration timeout) {
        Properties p = new Properties();
        p.putAll(credentials);
        if (timeout.isZero()) {
            return p;
        }
        long millis = Math.max(1, timeout.toMillis());
        int seconds = (int) Math.max(1, (millis + 999) / 1000);
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            // H2 2.3 waits for a row another transaction holds twice over (it waits, retries the write and
            // waits again), so half the limit each keeps the whole wait within it
            p.setProperty("LOCK_TIMEOUT", Long.toString(Math.max(1, millis / 2)));
            p.setProperty("QUERY_TIMEOUT", Long.toString(millis));
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            p.setProperty("connectTimeout", Integer.toString(seconds));
            p.setProperty("loginTimeout", Integer.toString(seconds));
            p.setProperty("socketTimeout", Integer.toString(seconds + 5));
            p.setProperty("options", "-c statement_timeout=" + millis + " -c lock_timeout=" + millis);
        }
        return p;
    }

    @Override
    public void close() {
        closed = true;
        if (keepOpen != null) {
            try {
                keepOpen.close();
            } catch (SQLException e) {
                throw new CityDatabaseException("cannot close the city database", e);
            }
        }
    }
}
