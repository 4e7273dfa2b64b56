package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 日次照合 (daily reconciliation): per store operator and certificate type, what was printed (and so
 * collected), voided (refunded) or is still ISSUED, for one day in Japan time; and the entries still
 * ISSUED past a timeout, which the operator and the city must clear by hand.
 */
public final class LedgerReport {
    private final CityDatabase database;

    public LedgerReport(CityDatabase database) {
        this.database = database;
    }

    /** One line of the settlement: counts, copies and the fee due (PRINTED only). */
    public record Line(String operatorId, String certificateType, int printed, int printedCopies, long feeYen,
                       int voided, int stillIssued) {
    }

    /** An entry ISSUED longer than the timeout: neither printed nor voided. */
    public record Stale(UUID requestId, String certificateSerial, String operatorId, String kioskId,
                        String certificateType, Instant issuedAt) {
    }

    /**
     * @param refundDue entries of the day the city voided because no print result came in time (V8's refund_due):
     *                  no fee is due to the city, and a store that took one refunds the resident
     */
    public record Reconciliation(LocalDate day, List<Line> lines, List<Stale> stale, List<Stale> refundDue) {
        public long totalFeeYen() {
            return lines.stream().mapToLong(Line::feeYen).sum();
        }
    }

    public Reconciliation reconcile(LocalDate day, ZoneId zone, Duration timeout, Instant now) {
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime until = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        List<Line> lines = new ArrayList<>();
        List<Stale> stale = new ArrayList<>();
        List<Stale> refundDue = new ArrayList<>();
        try (Connection connection = database.connection()) {
            try (PreparedStatement q = connection.prepareStatement("SELECT operator_id, certificate_type,"
                    + " SUM(CASE WHEN state = 'PRINTED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN state = 'PRINTED' THEN copies ELSE 0 END),"
                    + " SUM(CASE WHEN state = 'PRINTED' THEN fee_yen ELSE 0 END),"
                    + " SUM(CASE WHEN state = 'VOIDED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN state = 'ISSUED' THEN 1 ELSE 0 END)"
                    + " FROM issuance_ledger WHERE issued_at >= ? AND issued_at < ?"
                    + " GROUP BY operator_id, certificate_type ORDER BY operator_id, certificate_type")) {
                q.setObject(1, from);
                q.setObject(2, until);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        lines.add(new Line(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getLong(5),
                                r.getInt(6), r.getInt(7)));
                    }
                }
            }
            try (PreparedStatement q = connection.prepareStatement("SELECT request_id, certificate_serial,"
                    + " operator_id, kiosk_id, certificate_type, issued_at FROM issuance_ledger"
                    + " WHERE state = 'ISSUED' AND issued_at < ? ORDER BY issued_at")) {
                q.setObject(1, OffsetDateTime.ofInstant(now.minus(timeout), ZoneOffset.UTC));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        stale.add(new Stale(UUID.fromString(r.getString(1)), r.getString(2), r.getString(3),
                                r.getString(4), r.getString(5), r.getObject(6, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            try (PreparedStatement q = connection.prepareStatement("SELECT request_id, certificate_serial,"
                    + " operator_id, kiosk_id, certificate_type, issued_at FROM issuance_ledger"
                    + " WHERE state = 'VOIDED' AND refund_due = 1 AND issued_at >= ? AND issued_at < ?"
                    + " ORDER BY issued_at")) {
                q.setObject(1, from);
                q.setObject(2, until);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        refundDue.add(new Stale(UUID.fromString(r.getString(1)), r.getString(2), r.getString(3),
                                r.getString(4), r.getString(5), r.getObject(6, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot reconcile " + day, e);
        }
        return new Reconciliation(day, List.copyOf(lines), List.copyOf(stale), List.copyOf(refundDue));
    }
}
