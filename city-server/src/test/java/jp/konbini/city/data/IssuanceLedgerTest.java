package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuanceLedgerTest {

    private static final String DOCUMENT = "0123456789abcdef".repeat(4);
    private static final LocalDate ISSUE_DAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private IssuanceLedger ledger;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00.123456789Z"));

    @BeforeEach
    void aResident() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = testDatabase.open();
        ledger = new IssuanceLedger(db, clock);
        new Fixtures(db).hanakoAlone();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        db.close();
        testDatabase.close();
    }

    @Test
    void anIssuedCertificateIsRecordedAsIssued() {
        UUID request = UUID.randomUUID();

        LedgerEntry entry = ledger.recordIssued(request, "052019-20261127-000001", 7, "juminhyo", "KIOSK-1",
                DOCUMENT, 200);

        assertThat(entry.state()).isEqualTo("ISSUED");
        assertThat(entry.issuedAt()).isEqualTo(Instant.parse("2026-11-27T01:00:00.123456Z"));
        assertThat(ledger.find(request)).contains(entry);
    }

    @Test
    void theSameRequestAgainReturnsTheFirstEntryUnchanged() {
        UUID request = UUID.randomUUID();
        LedgerEntry first = ledger.recordIssued(request, "052019-20261127-000001", 7, "juminhyo", "KIOSK-1",
                DOCUMENT, 200);
        clock.advanceSeconds(5);

        LedgerEntry again = ledger.recordIssued(request, "052019-20261127-000002", 7, "juminhyo", "KIOSK-1",
                "f".repeat(64), 200);

        assertThat(again).isEqualTo(first);
        assertThat(ledger.find(request)).contains(first);
    }

    @Test
    void aSerialAlreadyUsedByAnotherRequestIsRefused() {
        ledger.recordIssued(UUID.randomUUID(), "052019-20261127-000001", 7, "juminhyo", "K", DOCUMENT, 200);

        assertThatThrownBy(() -> ledger.recordIssued(UUID.randomUUID(), "052019-20261127-000001", 7, "juminhyo",
                "K", DOCUMENT, 200))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("052019-20261127-000001");
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThat(ledger.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anIssuedCertificateCanBePrinted() {
        UUID request = issued();
        clock.advanceSeconds(30);

        LedgerEntry printed = ledger.markPrinted(request);

        assertThat(printed.state()).isEqualTo("PRINTED");
        assertThat(printed.updatedAt()).isAfter(printed.issuedAt());
        assertThat(ledger.find(request)).contains(printed);
    }

    @Test
    void reportingPrintedTwiceChangesNothing() {
        UUID request = issued();
        LedgerEntry printed = ledger.markPrinted(request);
        clock.advanceSeconds(30);

        assertThat(ledger.markPrinted(request)).isEqualTo(printed);
    }

    @Test
    void anIssuedCertificateCanBeVoided() {
        UUID request = issued();

        assertThat(ledger.markVoided(request).state()).isEqualTo("VOIDED");
    }

    @Test
    void aVoidedCertificateCannotBePrinted() {
        UUID request = issued();
        ledger.markVoided(request);

        assertThatThrownBy(() -> ledger.markPrinted(request))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VOIDED").hasMessageContaining("PRINTED").hasMessageContaining("ISSUED");
        assertThat(ledger.find(request).orElseThrow().state()).isEqualTo("VOIDED");
    }

    @Test
    void aPrintedCertificateCannotBeVoided() {
        UUID request = issued();
        ledger.markPrinted(request);

        assertThatThrownBy(() -> ledger.markVoided(request))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PRINTED").hasMessageContaining("VOIDED");
    }

    @Test
    void voidingTwiceChangesNothing() {
        UUID request = issued();
        LedgerEntry first = ledger.markVoided(request);

        assertThat(ledger.markVoided(request)).isEqualTo(first);
    }

    @Test
    void markingAnUnknownRequestIsRefused() {
        assertThatThrownBy(() -> ledger.markPrinted(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serialsNumberEachDayFromOneForEachCity() {
        assertThat(ledger.nextCertificateSerial("052019", ISSUE_DAY)).isEqualTo("052019-20261127-000001");
        assertThat(ledger.nextCertificateSerial("052019", ISSUE_DAY)).isEqualTo("052019-20261127-000002");
        assertThat(ledger.nextCertificateSerial("052035", ISSUE_DAY)).isEqualTo("052035-20261127-000001");
        assertThat(ledger.nextCertificateSerial("052019", ISSUE_DAY.plusDays(1)))
                .isEqualTo("052019-20261128-000001");
    }

    @Test
    void eightThreadsTakingSerialsAtOnceNeverShareOne() throws Exception {
        int threads = 8;
        int each = 25;
        CyclicBarrier start = new CyclicBarrier(threads);
        Callable<List<String>> take = () -> {
            start.await();
            List<String> serials = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                serials.add(ledger.nextCertificateSerial("052019", ISSUE_DAY));
            }
            return serials;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(take));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> future : futures) {
                all.addAll(future.get());
            }

            assertThat(all).hasSize(threads * each)
                    .contains("052019-20261127-000001", "052019-20261127-000200");
        } finally {
            pool.shutdownNow();
        }
    }

    private UUID issued() {
        UUID request = UUID.randomUUID();
        ledger.recordIssued(request, ledger.nextCertificateSerial("052019", ISSUE_DAY), 7, "juminhyo", "KIOSK-1",
                DOCUMENT, 200);
        return request;
    }

    /** A clock the test moves by hand, so that timestamps are exact. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
