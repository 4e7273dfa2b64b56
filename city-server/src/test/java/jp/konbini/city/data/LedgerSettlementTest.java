package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger as settlement needs it (H2, or PostgreSQL with -Dkonbini.test.postgres): one row and one
 * document per request id even under concurrency, copies and operators, void and refund, and the daily
 * reconciliation's totals.
 */
class LedgerSettlementTest {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private IssuanceLedger ledger;
    // 2026-11-27 10:00 in Japan
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));

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

    private static byte[] pdf(String text) {
        return ("%PDF " + text).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameRequestIdTwiceIsOneRowAndTheFirstDocument() throws SQLException {
        UUID request = UUID.randomUUID();
        LedgerEntry first = ledger.recordIssued(request, "052019-20261127-000001", 7, "inkan", "kiosk-7-1",
                "seven", 2, pdf("first"), 400);
        LedgerEntry again = ledger.recordIssued(request, "052019-20261127-000002", 7, "inkan", "kiosk-7-1",
                "seven", 2, pdf("second"), 400);

        assertThat(again).isEqualTo(first);
        assertThat(ledger.document(request)).hasValueSatisfying(d -> assertThat(d).isEqualTo(pdf("first")));
        assertThat(count("SELECT COUNT(*) FROM issuance_ledger")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM issued_document")).isEqualTo(1);
    }

    @Test
    void theSameRequestIdAtOnceFromEightThreadsIsOneRowAndOneDocument() throws Exception {
        UUID request = UUID.randomUUID();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<LedgerEntry>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String serial = "052019-20261127-%06d".formatted(i + 1);
                byte[] document = pdf("thread " + i);
                results.add(pool.submit(() -> {
                    start.await();
                    return ledger.recordIssued(request, serial, 7, "juminhyo", "kiosk-7-1", "seven", 1, document, 200);
                }));
            }
            start.countDown();
            List<LedgerEntry> entries = new ArrayList<>();
            for (Future<LedgerEntry> f : results) {
                entries.add(f.get());
            }
            assertThat(entries).allSatisfy(e -> assertThat(e).isEqualTo(entries.get(0)));
            String winner = entries.get(0).certificateSerial();
            int thread = Integer.parseInt(winner.substring(winner.length() - 6)) - 1;
            assertThat(ledger.document(request)).hasValueSatisfying(d -> assertThat(d).isEqualTo(pdf("thread " + thread)));
            assertThat(entries.get(0).documentSha256()).isEqualTo(Sha256Hex.of(pdf("thread " + thread)));
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM issuance_ledger")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM issued_document")).isEqualTo(1);
    }

    @Test
    void reconciliationTotalsPerOperatorAndTypeCountOnlyPrintedFees() {
        UUID a = issue("000001", "seven", "juminhyo", 2, 400);
        UUID b = issue("000002", "seven", "juminhyo", 1, 200);
        UUID c = issue("000003", "seven", "inkan", 1, 200);
        UUID d = issue("000004", "lawson", "juminhyo", 3, 600);
        UUID e = issue("000005", "lawson", "koseki-zenbu", 1, 400);
        ledger.markPrinted(a);
        ledger.markVoided(b);   // print failed: refunded, no fee
        ledger.markPrinted(c);
        ledger.markPrinted(d);
        // e stays ISSUED: past the timeout it is listed as stale
        clock.advanceSeconds(3600);

        LedgerReport.Reconciliation r = new LedgerReport(db).reconcile(LocalDate.of(2026, 11, 27), JAPAN,
                Duration.ofMinutes(30), clock.instant());

        assertThat(r.lines()).containsExactly(
                new LedgerReport.Line("lawson", "juminhyo", 1, 3, 600, 0, 0),
                new LedgerReport.Line("lawson", "koseki-zenbu", 0, 0, 0, 0, 1),
                new LedgerReport.Line("seven", "inkan", 1, 1, 200, 0, 0),
                new LedgerReport.Line("seven", "juminhyo", 1, 2, 400, 1, 0));
        assertThat(r.totalFeeYen()).isEqualTo(1_200);
        assertThat(r.stale()).singleElement().satisfies(s -> assertThat(s.requestId()).isEqualTo(e));
        // the day before has nothing
        assertThat(new LedgerReport(db).reconcile(LocalDate.of(2026, 11, 26), JAPAN, Duration.ofMinutes(30),
                clock.instant()).lines()).isEmpty();
    }

    private UUID issue(String number, String operator, String type, int copies, int fee) {
        UUID request = UUID.randomUUID();
        ledger.recordIssued(request, "052019-20261127-" + number, 7, type, "kiosk-" + operator, operator, copies,
                pdf(number), fee);
        return request;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = db.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends java.time.Clock {
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
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
