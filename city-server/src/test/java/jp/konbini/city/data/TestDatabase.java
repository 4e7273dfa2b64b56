package jp.konbini.city.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
        return new TestDatabase(POSTGRES_URL + "?currentSchema=" + schema, "postgres", schema);
    }

    CityDatabase open() {
        return CityDatabase.open(url, user, "");
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
