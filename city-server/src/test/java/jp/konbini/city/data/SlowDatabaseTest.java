package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that is slow (here: another transaction holds what the request needs and does not let go):
 * the request ends within the configured limit with a {@link CityDatabaseException}, which the city
 * answers as UNAVAILABLE ("try later"), and the ledger holds no half-written row.
 */
class SlowDatabaseTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    /** Well above the limit, far below "hangs": a loaded build machine still meets it. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private IssuanceLedger ledger;

    @BeforeEach
    void aResident() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = CityDatabase.open(testDatabase.url, testDatabase.user, "", LIMIT);
        ledger = new IssuanceLedger(db);
        new Fixtures(db).hanakoAlone();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        db.close();
        testDatabase.close();
    }

    @Test
    void aWriteBlockedMidTransactionEndsWithinTheLimitAndLeavesNoRow() throws Exception {
        UUID request = UUID.randomUUID();
        byte[] pdf = {1, 2, 3};
        try (Connection other = otherSession()) {
            // the other transaction holds the key of the request's record row, the last of its three writes:
            // the ledger row and the document are already written (uncommitted) when the request has to wait
            withoutForeignKeys(other, true);
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement(
                    "INSERT INTO issued_record (request_id, record) VALUES (?, 'held')")) {
                hold.setString(1, request.toString());
                hold.executeUpdate();
            }

            CityDatabaseException failure = catchThrowableOfType(CityDatabaseException.class, () -> ledger.recordIssued(
                    request, "052019-20261127-000001", 7, "juminhyo", "kiosk-7-1", "seven", 1, pdf, "item\t氏名\t試験 花子\n",
                    200));

            assertThat(failure).as("a wait past the limit fails the request").isNotNull();
            assertThat(failure.getCause()).isInstanceOf(SQLException.class);
            assertThat(((SQLException) failure.getCause()).getSQLState()).as("a lock or statement timeout")
                    .isIn("HYT00", "55P03", "57014");
            // the failure came while the other transaction still holds its lock: the request did not wait for
            // the lock's release, only for the configured limit (the speed itself is BENCHMARKS.md's business)
            other.rollback();
            other.setAutoCommit(true);
            withoutForeignKeys(other, false);
        }
        assertThat(ledger.find(request)).as("no ledger row").isEmpty();
        assertThat(ledger.document(request)).as("no document").isEmpty();
        assertThat(ledger.printedRecord(request)).as("no record").isEmpty();

        // once the database answers again the same request goes through, once, with its record
        LedgerEntry entry = ledger.recordIssued(request, "052019-20261127-000001", 7, "juminhyo", "kiosk-7-1",
                "seven", 1, pdf, "item\t氏名\t試験 花子\n", 200);
        assertThat(entry.state()).isEqualTo(IssuanceLedger.ISSUED);
        assertThat(ledger.printedRecord(request)).contains("item\t氏名\t試験 花子\n");
        assertThat(ledger.document(request)).hasValueSatisfying(d -> assertThat(d).containsExactly(pdf));
    }

    @Test
    void aLockedSerialCounterEndsWithinTheLimitInsteadOfRetryingOnAndOn() throws Exception {
        String first = ledger.nextCertificateSerial("052019", DAY);
        try (Connection other = otherSession()) {
            other.setAutoCommit(false);
            try (Statement hold = other.createStatement()) {
                hold.executeUpdate("UPDATE certificate_serial_counter SET last_number = last_number + 1");
            }

            CityDatabaseException failure = catchThrowableOfType(CityDatabaseException.class,
                    () -> ledger.nextCertificateSerial("052019", DAY));

            assertThat(failure).as("a wait past the limit fails the request").isNotNull();
            // the failure came while the other transaction still holds its lock: the request did not wait for
            // the lock's release, only for the configured limit (the speed itself is BENCHMARKS.md's business)
            other.rollback();
        }
        assertThat(ledger.nextCertificateSerial("052019", DAY)).isEqualTo("052019-20261127-000002")
                .isNotEqualTo(first);
    }

    @Test
    void theLimitIsTheDatabasesOwnSetting() {
        assertThat(db.timeout()).isEqualTo(LIMIT);
        try (CityDatabase unbounded = CityDatabase.open(testDatabase.url, testDatabase.user, "")) {
            assertThat(unbounded.timeout()).isZero();
        }
    }

    private Connection otherSession() throws SQLException {
        return DriverManager.getConnection(testDatabase.url, testDatabase.user, "");
    }

    /** Lets the other session hold a record row whose ledger row does not exist for it. */
    private static void withoutForeignKeys(Connection other, boolean off) throws SQLException {
        try (Statement set = other.createStatement()) {
            set.execute(TestDatabase.POSTGRES
                    ? "SET session_replication_role = " + (off ? "replica" : "DEFAULT")
                    : "SET REFERENTIAL_INTEGRITY " + (off ? "FALSE" : "TRUE"));
        }
    }
}
