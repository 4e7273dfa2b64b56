package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * The database time of a request is one budget for all its statements, not one per statement: once a stalled
 * database has used it up, the request's next database call is refused at once ("try later") instead of waiting
 * its own full limit, and nothing is written. H2, or PostgreSQL with {@code -Dkonbini.test.postgres}.
 */
class RequestDeadlineTest {
    private static final Duration BUDGET = Duration.ofSeconds(1);
    /** The per-statement limit of the database, far above the budget: only the budget can end the request. */
    private static final Duration STATEMENT_LIMIT = Duration.ofSeconds(60);
    private static final Duration AWAIT = Duration.ofSeconds(30);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private IssuanceLedger ledger;

    @BeforeEach
    void aResident() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = CityDatabase.open(testDatabase.url, testDatabase.user, "", STATEMENT_LIMIT);
        ledger = new IssuanceLedger(db);
        new Fixtures(db).hanakoAlone();
        ledger.nextCertificateSerial("052019", DAY);
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        db.close();
        testDatabase.close();
    }

    @Test
    void aStalledDatabaseUsesUpTheRequestsBudgetAndEveryLaterCallIsRefusedWithoutWaiting() throws Exception {
        UUID request = UUID.randomUUID();
        try (Connection other = DriverManager.getConnection(testDatabase.url, testDatabase.user, "")) {
            // another transaction holds the day's serial counter and does not let go
            other.setAutoCommit(false);
            try (Statement hold = other.createStatement()) {
                hold.executeUpdate("UPDATE certificate_serial_counter SET last_number = last_number + 1");
            }

            CityDatabaseException stalled = RequestDeadline.within(BUDGET, () -> catchThrowableOfType(
                    CityDatabaseException.class, () -> ledger.nextCertificateSerial("052019", DAY)));
            assertThat(stalled).as("the stalled statement ends within the request's budget, not the 60 s limit")
                    .isNotNull();

            RequestDeadline.within(BUDGET, () -> {
                awaitExpired();
                // the database would answer this at once; the request has no time left for it
                CityDatabaseException refused = catchThrowableOfType(CityDatabaseException.class, () -> ledger.recordIssued(
                        request, "052019-20261127-000009", 7, "juminhyo", "kiosk-7-1", "seven", 1, new byte[] {1},
                        "item\t氏名\t試験 花子\n", 200));
                assertThat(refused).isNotNull();
                assertThat(((SQLException) refused.getCause()).getSQLState()).isEqualTo("57014");
                return null;
            });
            other.rollback();
        }
        assertThat(ledger.find(request)).as("no ledger row").isEmpty();
        assertThat(ledger.document(request)).isEmpty();
        assertThat(ledger.nextCertificateSerial("052019", DAY)).as("the counter was never moved by the request")
                .isEqualTo("052019-20261127-000002");
    }

    @Test
    void outsideARequestOnlyTheStatementLimitApplies() {
        RequestDeadline.within(BUDGET, () -> {
            awaitExpired();
            return null;
        });
        assertThat(RequestDeadline.expired()).as("the deadline ends with its request").isFalse();
        UUID request = UUID.randomUUID();
        ledger.recordIssued(request, "052019-20261127-000005", 7, "juminhyo", "kiosk-7-1", "seven", 1, new byte[] {1},
                "item\t氏名\t試験 花子\n", 200);
        assertThat(ledger.find(request)).isPresent();
    }

    /** Waits, bounded, until the current request's deadline has passed. */
    private static void awaitExpired() {
        long giveUp = System.nanoTime() + AWAIT.toNanos();
        while (!RequestDeadline.expired()) {
            if (System.nanoTime() - giveUp > 0) {
                throw new AssertionError("the request's deadline never passed");
            }
            Thread.onSpinWait();
        }
    }
}
