package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge of issued documents (V8): a document is kept only for the retry and print-result window; the ledger
 * row, its digest and the record of what was printed stay for good; an entry nobody reported on becomes VOIDED
 * with a refund due. H2, or PostgreSQL with {@code -Dkonbini.test.postgres}.
 */
class LedgerPurgeTest {
    private static final Instant ISSUED_AT = Instant.parse("2026-11-27T01:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Duration RETENTION = Duration.ofMinutes(45);
    private static final String RECORD = "item\t氏名\t試験 花子\n";

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private IssuanceLedger ledger;
    private LedgerPurge purge;
    private int serials;

    @BeforeEach
    void aResident() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = testDatabase.open();
        ledger = new IssuanceLedger(db, Clock.fixed(ISSUED_AT, ZoneOffset.UTC));
        purge = new LedgerPurge(db);
        new Fixtures(db).hanakoAlone();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        db.close();
        testDatabase.close();
    }

    @Test
    void withinTheWindowOnlyTheDocumentsOfPrintedAndVoidedEntriesGo() {
        UUID issued = issue();
        UUID printed = issue();
        UUID voided = issue();
        ledger.markPrinted(printed);
        ledger.markVoided(voided);

        LedgerPurge.Result r = purge.purge(ISSUED_AT.plus(Duration.ofMinutes(10)), TIMEOUT, RETENTION);

        assertThat(r).isEqualTo(new LedgerPurge.Result(0, 2));
        assertThat(ledger.document(issued)).as("kept for a retry").isPresent();
        assertThat(ledger.document(printed)).isEmpty();
        assertThat(ledger.document(voided)).isEmpty();
        assertThat(ledger.find(voided)).hasValueSatisfying(e -> assertThat(e.refundDue()).as("kiosk reported").isFalse());
        for (UUID request : new UUID[] {issued, printed, voided}) {
            assertKeptForGood(request);
        }
    }

    @Test
    void anEntryWithoutAPrintResultPastTheTimeoutIsVoidedWithARefundAndItsDocumentGoes() {
        UUID silent = issue();
        UUID printed = issue();
        ledger.markPrinted(printed);

        LedgerPurge.Result r = purge.purge(ISSUED_AT.plus(TIMEOUT).plusSeconds(1), TIMEOUT, RETENTION);

        assertThat(r).isEqualTo(new LedgerPurge.Result(1, 2));
        assertThat(ledger.find(silent)).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(IssuanceLedger.VOIDED);
            assertThat(e.refundDue()).isTrue();
        });
        assertThat(ledger.find(printed)).hasValueSatisfying(e -> assertThat(e.refundDue()).isFalse());
        assertThat(ledger.document(silent)).isEmpty();
        assertKeptForGood(silent);
        // the day's reconciliation names it for the store's refund, and only it
        assertThat(new LedgerReport(db).reconcile(LocalDate.of(2026, 11, 27), java.time.ZoneId.of("Asia/Tokyo"),
                TIMEOUT, ISSUED_AT.plus(TIMEOUT).plusSeconds(1)).refundDue())
                .extracting(LedgerReport.Stale::requestId).containsExactly(silent);
        // a second purge finds nothing more to do
        assertThat(purge.purge(ISSUED_AT.plus(TIMEOUT).plusSeconds(2), TIMEOUT, RETENTION))
                .isEqualTo(new LedgerPurge.Result(0, 0));
    }

    @Test
    void pastTheRetentionNoDocumentIsKeptWhateverTheState() {
        UUID issued = issue();
        // a city whose print-result timeout is longer than its retention
        LedgerPurge.Result r = purge.purge(ISSUED_AT.plus(RETENTION).plusSeconds(1), Duration.ofHours(2), RETENTION);

        assertThat(r).isEqualTo(new LedgerPurge.Result(0, 1));
        assertThat(ledger.find(issued)).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(IssuanceLedger.ISSUED));
        assertThat(ledger.document(issued)).isEmpty();
        assertKeptForGood(issued);
    }

    private UUID issue() {
        UUID request = UUID.randomUUID();
        ledger.recordIssued(request, String.format("052019-20261127-%06d", ++serials), 7, "juminhyo", "kiosk-7-1",
                "seven", 1, new byte[] {1, 2, (byte) serials}, RECORD, 200);
        return request;
    }

    /** The ledger row, its document digest and the record of what was printed. */
    private void assertKeptForGood(UUID request) {
        assertThat(ledger.find(request)).hasValueSatisfying(e -> assertThat(e.documentSha256()).hasSize(64));
        assertThat(ledger.printedRecord(request)).contains(RECORD);
    }
}
