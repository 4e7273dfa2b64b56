package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Keeps the issued documents no longer than they are needed (see V8): an entry still ISSUED past the print-result
 * timeout becomes VOIDED with a refund due, and the PDF of every entry that is PRINTED or VOIDED, or older than the
 * retention, is deleted. The ledger row, its document digest and the structured record of what was printed stay.
 * One transaction: a purge that fails changes nothing.
 */
public final class LedgerPurge {

    /** What one purge did: entries voided for want of a print result, and documents deleted. */
    public record Result(int voided, int documentsDeleted) {
    }

    private final CityDatabase database;

    public LedgerPurge(CityDatabase database) {
        this.database = database;
    }

    /**
     * @param now            the moment of the purge
     * @param issuedTimeout  how long the kiosk has to report the print result
     * @param retention      how long a document is kept at most, whatever its entry's state
     */
    public Result purge(Instant now, Duration issuedTimeout, Duration retention) {
        if (issuedTimeout.isNegative() || retention.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement voiding = connection.prepareStatement("UPDATE issuance_ledger"
                    + " SET state = 'VOIDED', refund_due = 1, updated_at = ? WHERE state = 'ISSUED' AND issued_at < ?");
                 PreparedStatement deleting = connection.prepareStatement("DELETE FROM issued_document WHERE"
                    + " request_id IN (SELECT request_id FROM issuance_ledger"
                    + " WHERE state IN ('PRINTED', 'VOIDED') OR issued_at < ?)")) {
                voiding.setObject(1, at);
                voiding.setObject(2, at.minus(issuedTimeout));
                int voided = voiding.executeUpdate();
                deleting.setObject(1, at.minus(retention));
                int deleted = deleting.executeUpdate();
                connection.commit();
                return new Result(voided, deleted);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot purge issued documents", e);
        }
    }
}
