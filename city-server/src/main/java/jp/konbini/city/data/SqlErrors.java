package jp.konbini.city.data;

import java.sql.SQLException;
import java.util.Set;

/** Reading SQLSTATE codes the same way on H2 and PostgreSQL. */
final class SqlErrors {

    /** unique_violation: both databases use the standard code. */
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Conflicts that succeed when the transaction is simply run again: serialization failure,
     * deadlock (PostgreSQL 40P01), lock timeout (H2 HYT00) and H2's concurrent update (90131).
     */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "HYT00", "90131");

    private SqlErrors() {
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    static boolean isRetryable(SQLException e) {
        return isUniqueViolation(e) || RETRYABLE.contains(e.getSQLState());
    }
}
