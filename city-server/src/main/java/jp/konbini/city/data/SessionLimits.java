package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * A time limit as the database's own settings, so that the database itself ends a statement or a lock wait that
 * takes too long: given when a connection is made (the database's {@code timeout}), and set on a pooled connection's
 * session for the time a request has left, then put back before the connection returns to the pool.
 *
 * <p>H2: the session's LOCK_TIMEOUT and QUERY_TIMEOUT (an embedded database is never "unreachable"). PostgreSQL:
 * connect and login timeouts, the server's statement_timeout and lock_timeout, and a socket timeout a little
 * longer, for a server that stops answering altogether.
 */
sealed interface SessionLimits {

    /** The connection properties of a new connection: the credentials and the database's own limit. */
    Properties atConnect(Properties credentials);

    /** Limits the session to {@code limit} (positive) for every statement and every lock wait from now on. */
    void set(Connection connection, Duration limit) throws SQLException;

    /** Puts the session's limits back to what {@link #atConnect} gave it. */
    void restore(Connection connection) throws SQLException;

    /**
     * The limits for {@code jdbcUrl} with {@code timeout} (zero: none of our own); {@code unlimited} is a connection
     * made with the bare credentials, whose settings are the ones to restore when there is no timeout.
     */
    static SessionLimits of(String jdbcUrl, Duration timeout, Connection unlimited) throws SQLException {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            if (!timeout.isZero()) {
                return new H2(timeout, H2.lockMillis(timeout), timeout.toMillis());
            }
            try (Statement query = unlimited.createStatement();
                 ResultSet row = query.executeQuery("SELECT LOCK_TIMEOUT(), (SELECT SETTING_VALUE FROM"
                         + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT')")) {
                row.next();
                return new H2(timeout, row.getLong(1), Long.parseLong(row.getString(2)));
            }
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new Postgres(timeout);
        }
        return new None();
    }

    /**
     * @param lockMillis  the session's LOCK_TIMEOUT as connected
     * @param queryMillis the session's QUERY_TIMEOUT as connected (0: none)
     */
    record H2(Duration timeout, long lockMillis, long queryMillis) implements SessionLimits {

        /**
         * H2 2.3 waits for a row another transaction holds twice over (it waits, retries the write and waits
         * again), so half the limit each keeps the whole wait within it.
         */
        static long lockMillis(Duration limit) {
            return Math.max(1, millis(limit) / 2);
        }

        @Override
        public Properties atConnect(Properties credentials) {
            Properties p = new Properties();
            p.putAll(credentials);
            if (!timeout.isZero()) {
                p.setProperty("LOCK_TIMEOUT", Long.toString(lockMillis));
                p.setProperty("QUERY_TIMEOUT", Long.toString(queryMillis));
            }
            return p;
        }

        @Override
        public void set(Connection connection, Duration limit) throws SQLException {
            apply(connection, lockMillis(limit), millis(limit));
        }

        @Override
        public void restore(Connection connection) throws SQLException {
            apply(connection, lockMillis, queryMillis);
        }

        private static void apply(Connection connection, long lock, long query) throws SQLException {
            try (Statement set = connection.createStatement()) {
                set.execute("SET LOCK_TIMEOUT " + lock);
                set.execute("SET QUERY_TIMEOUT " + query);
            }
        }
    }

    record Postgres(Duration timeout) implements SessionLimits {

        @Override
        public Properties atConnect(Properties credentials) {
            Properties p = new Properties();
            p.putAll(credentials);
            if (!timeout.isZero()) {
                long millis = millis(timeout);
                int seconds = (int) Math.max(1, (millis + 999) / 1000);
                p.setProperty("connectTimeout", Integer.toString(seconds));
                p.setProperty("loginTimeout", Integer.toString(seconds));
                p.setProperty("socketTimeout", Integer.toString(seconds + 5));
                p.setProperty("options", "-c statement_timeout=" + millis + " -c lock_timeout=" + millis);
            }
            return p;
        }

        @Override
        public void set(Connection connection, Duration limit) throws SQLException {
            long millis = millis(limit);
            // one round trip: the driver sends both in one go
            try (Statement set = connection.createStatement()) {
                set.execute("SET statement_timeout = " + millis + "; SET lock_timeout = " + millis);
            }
        }

        @Override
        public void restore(Connection connection) throws SQLException {
            // RESET goes back to the session's start-up value: the options given at connect, or the server's
            try (Statement reset = connection.createStatement()) {
                reset.execute("RESET statement_timeout; RESET lock_timeout");
            }
        }
    }

    /** A database this class knows no settings of: only the driver's own limits apply. */
    record None() implements SessionLimits {

        @Override
        public Properties atConnect(Properties credentials) {
            Properties p = new Properties();
            p.putAll(credentials);
            return p;
        }

        @Override
        public void set(Connection connection, Duration limit) {
        }

        @Override
        public void restore(Connection connection) {
        }
    }

    private static long millis(Duration limit) {
        return Math.max(1, limit.toMillis());
    }
}
