package jp.konbini.city.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * An empty database for one test: an H2 file in the test's temporary folder, or, with
 * {@code -Dkonbini.test.postgres=true}, a fresh schema in the PostgreSQL at 127.0.0.1:5432
 * (database {@code test}, user {@code postgres}, trust authentication), dropped afterwards.
 */
final class TestDatabase implements AutoCloseable {

    static final boolean POSTGRES = Boolean.getBoolean("konbini.test.postgres");
    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    final String url;
    final String user;
    private final String schema;

    private TestDatabase(String url, String user, String schema) {
        this.url = url;
        this.user = user;
        this.schema = schema;
    }

    static TestDatabase fresh(Path dir) throws SQLException {
        if (!POSTGRES) {
            String name = "city-" + UUID.randomUUID();
            return new TestDatabase("jdbc:h2:file:" + dir.resolve(name) + ";AUTO_SERVER=FALSE", "sa", null);
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
             Statement create = admin.createStatement()) {
            create.execute("CREATE SCHEMA " + schema);
        }
        // the schema's name as the sessions' application name, so that a test can count its own sessions
        return new TestDatabase(POSTGRES_URL + "?currentSchema=" + schema + "&ApplicationName=" + schema, "postgres",
                schema);
    }

    CityDatabase open() {
        return CityDatabase.open(url, user, "");
    }

    CityDatabase open(Duration timeout, PoolSettings pool) {
        return CityDatabase.open(url, user, "", timeout, pool);
    }

    /** A connection of its own, outside the city's pool, as another program would have. */
    Connection outsider() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /**
     * How many sessions the database has open now, the outsider's included: on H2 all of them, on PostgreSQL those
     * of this test's schema.
     */
    long sessions(Connection outsider) throws SQLException {
        try (PreparedStatement query = outsider.prepareStatement(schema == null
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
            if (schema != null) {
                query.setString(1, schema);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The database's id of the session a connection is (H2's SESSION_ID(), PostgreSQL's backend pid). */
    static long sessionId(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery(POSTGRES ? "SELECT pg_backend_pid()" : "SELECT SESSION_ID()")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The session's statement time limit in milliseconds (0: none). */
    static long statementLimitMillis(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery(POSTGRES
                     ? "SELECT setting FROM pg_settings WHERE name = 'statement_timeout'"
                     : "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'")) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            try (Connection admin = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                 Statement drop = admin.createStatement()) {
                drop.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
