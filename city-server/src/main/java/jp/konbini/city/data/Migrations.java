package jp.konbini.city.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the schema up to date at start-up: runs each numbered script in
 * {@code jp/konbini/city/data/migration} that {@code schema_version} does not list yet, in order,
 * and records it there.
 */
final class Migrations {

    /**
     * Every script, in version order. Listed here because resources inside a module cannot be
     * enumerated; adding a migration means adding its file and its name.
     */
    static final List<String> SCRIPTS = List.of(
            "V1__residents.sql",
            "V2__certificate_serial_counter.sql",
            "V3__records_the_rules_read.sql",
            "V4__ledger_copies_operator_document.sql",
            "V5__issued_record.sql",
            "V6__card_holders_living_elsewhere.sql",
            "V7__kojin_bango.sql",
            "V8__document_retention_refund.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

    private Migrations() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + " version INTEGER NOT NULL PRIMARY KEY,"
                    + " script VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > SCRIPTS.size()) {
            throw new IllegalStateException("the database is at schema version " + current
                    + " but this server knows only up to " + SCRIPTS.size() + "; run a newer server");
        }
        for (int version = current + 1; version <= SCRIPTS.size(); version++) {
            applyOne(connection, version, SCRIPTS.get(version - 1));
        }
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void applyOne(Connection connection, int version, String script) throws SQLException {
        Matcher name = NAME.matcher(script);
        if (!name.matches() || Integer.parseInt(name.group(1)) != version) {
            throw new IllegalStateException("migration " + script + " is not named V" + version + "__<name>.sql");
        }
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement();
             PreparedStatement record = connection.prepareStatement(
                     "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
            for (String statement : SqlScript.statements(read(script))) {
                ddl.execute(statement);
            }
            record.setInt(1, version);
            record.setString(2, script);
            record.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            record.executeUpdate();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            // PostgreSQL undoes the whole script; H2 commits each DDL statement, and the missing
            // schema_version row shows that the script has to be looked at by hand.
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + script + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + script, e);
        }
    }
}
