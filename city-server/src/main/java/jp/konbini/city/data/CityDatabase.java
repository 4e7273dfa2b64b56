package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The city's database (H2 file or PostgreSQL), brought up to the current schema when opened.
 *
 * <p>Each call to {@link #connection()} opens a fresh connection, which the caller closes: simple,
 * thread-safe, and no connection can carry one request's transaction state into another's.
 * Example URL: {@code jdbc:h2:file:/var/lib/konbini/city;AUTO_SERVER=FALSE}.
 */
public final class CityDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final Properties credentials = new Properties();
    /**
     * H2 closes an embedded database when its last connection closes, and re-opening a file
     * database costs far more than a query; this one connection keeps it open. {@code null} for
     * server databases such as PostgreSQL.
     */
    private final Connection keepOpen;
    private volatile boolean closed;

    private CityDatabase(String jdbcUrl, String user, String password) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        this.keepOpen = jdbcUrl.startsWith("jdbc:h2:") ? DriverManager.getConnection(jdbcUrl, credentials) : null;
    }

    /**
     * Opens the database and applies any migration it lacks.
     *
     * @throws CityDatabaseException when it cannot be reached or a migration fails
     */
    public static CityDatabase open(String jdbcUrl, String user, String password) {
        CityDatabase database;
        try {
            database = new CityDatabase(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot open the city database " + jdbcUrl, e);
        }
        try (Connection connection = database.connection()) {
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

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connection() {
        if (closed) {
            throw new IllegalStateException("the city database is closed");
        }
        try {
            return DriverManager.getConnection(jdbcUrl, credentials);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot connect to the city database", e);
        }
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
