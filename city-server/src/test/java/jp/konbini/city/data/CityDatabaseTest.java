package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityDatabaseTest {

    @TempDir
    Path dir;
    private TestDatabase testDatabase;

    @BeforeEach
    void freshDatabase() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        testDatabase.close();
    }

    @Test
    void openingAppliesEveryMigrationInOrder() throws SQLException {
        try (CityDatabase db = testDatabase.open()) {
            assertThat(appliedMigrations(db)).containsExactly(
                    "1 V1__residents.sql", "2 V2__certificate_serial_counter.sql",
                    "3 V3__records_the_rules_read.sql", "4 V4__ledger_copies_operator_document.sql",
                    "5 V5__issued_record.sql", "6 V6__card_holders_living_elsewhere.sql", "7 V7__kojin_bango.sql",
                    "8 V8__document_retention_refund.sql");
        }
    }

    @Test
    void reopeningAppliesNothingAgain() throws SQLException {
        List<String> first;
        try (CityDatabase db = testDatabase.open()) {
            first = appliedMigrationsWithTimes(db);
        }
        try (CityDatabase db = testDatabase.open()) {
            assertThat(appliedMigrationsWithTimes(db)).isEqualTo(first);
        }
    }

    @Test
    void aDatabaseNewerThanTheServerIsRefused() throws SQLException {
        try (CityDatabase db = testDatabase.open()) {
            new Fixtures(db).update("INSERT INTO schema_version (version, script, applied_at)"
                    + " VALUES (99, 'V99__future.sql', CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(testDatabase::open)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void theLedgerRefusesAStateOutsideItsLifecycle() throws SQLException {
        try (CityDatabase db = testDatabase.open()) {
            Fixtures fixtures = new Fixtures(db);
            fixtures.household(1, "秋田市山王一丁目1番1号");
            fixtures.resident(1, 1, "試験", "太郎", LocalDate.of(1980, 1, 1), "男", "世帯主", "ACTIVE");
            assertThatThrownBy(() -> fixtures.update("INSERT INTO issuance_ledger (request_id, certificate_serial,"
                    + " resident_id, certificate_type, kiosk_id, state, document_sha256, fee_yen, issued_at, updated_at)"
                    + " VALUES ('00000000-0000-0000-0000-000000000001', 'S1', 1, 'juminhyo', 'K1', 'LOST',"
                    + " '" + "0".repeat(64) + "', 200, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aClosedDatabaseGivesNoMoreConnections() throws SQLException {
        CityDatabase db = testDatabase.open();
        db.close();

        assertThatThrownBy(db::connection).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> appliedMigrations(CityDatabase db) throws SQLException {
        return query(db, "SELECT version, script FROM schema_version ORDER BY version");
    }

    private static List<String> appliedMigrationsWithTimes(CityDatabase db) throws SQLException {
        return query(db, "SELECT version, script, applied_at FROM schema_version ORDER BY version");
    }

    private static List<String> query(CityDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(result.getObject(c)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
