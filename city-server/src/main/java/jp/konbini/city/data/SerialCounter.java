package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Hands out 証明書番号 (certificate serials) from {@code certificate_serial_counter}: one run per
 * city and day, never the same number twice, even for requests at the same instant.
 */
final class SerialCounter {

    /** Conflicts clear as soon as the other transaction ends; a handful of tries is plenty. */
    private static final int ATTEMPTS = 10;

    private SerialCounter() {
    }

    static int next(CityDatabase database, String cityCode, LocalDate issueDate) {
        SQLException last = null;
        // a slow database must not turn the retries into a long wait: past the timeout, "try later"
        long deadline = System.nanoTime() + database.timeout().toNanos();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0 && !database.timeout().isZero() && System.nanoTime() - deadline > 0) {
                break;
            }
            try (Connection connection = database.connection()) {
                connection.setAutoCommit(false);
                try {
                    int number = take(connection, cityCode, issueDate);
                    connection.commit();
                    return number;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!SqlErrors.isRetryable(e)) {
                        throw e;
                    }
                    // e.g. two first requests of the day both inserted the row: take the next one
                    last = e;
                }
            } catch (SQLException e) {
                throw new CityDatabaseException("cannot take a certificate serial", e);
            }
        }
        throw new CityDatabaseException("no certificate serial: the counter stayed locked", last);
    }

    private static int take(Connection connection, String cityCode, LocalDate issueDate) throws SQLException {
        // The UPDATE locks the day's row, so concurrent requests queue here, each seeing the
        // number the one before it committed.
        try (PreparedStatement increment = connection.prepareStatement("UPDATE certificate_serial_counter"
                + " SET last_number = last_number + 1 WHERE city_code = ? AND issue_date = ?")) {
            increment.setString(1, cityCode);
            increment.setObject(2, issueDate);
            if (increment.executeUpdate() == 0) {
                try (PreparedStatement first = connection.prepareStatement("INSERT INTO certificate_serial_counter"
                        + " (city_code, issue_date, last_number) VALUES (?, ?, 1)")) {
                    first.setString(1, cityCode);
                    first.setObject(2, issueDate);
                    first.executeUpdate();
                    return 1;
                }
            }
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT last_number FROM certificate_serial_counter"
                + " WHERE city_code = ? AND issue_date = ?")) {
            read.setString(1, cityCode);
            read.setObject(2, issueDate);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
