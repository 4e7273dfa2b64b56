package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city's pool of database connections: bounded (a borrower past its size waits, then gets "try later"),
 * clean (a connection comes back without the transaction or settings its last borrower left), and closed with the
 * database. H2, or PostgreSQL with {@code -Dkonbini.test.postgres}.
 */
class ConnectionPoolTest {
    /** Short, so that the borrower who finds no connection gives up soon; no assertion depends on it. */
    private static final PoolSettings TWO = new PoolSettings(2, Duration.ofMillis(250));
    private static final PoolSettings ONE = new PoolSettings(1, Duration.ofMillis(250));
    private static final Duration AWAIT = Duration.ofSeconds(30);

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
    void aBorrowerBeyondThePoolsSizeWaitsAndGetsTryLater() throws SQLException {
        try (CityDatabase db = testDatabase.open(Duration.ofSeconds(5), TWO)) {
            IssuanceLedger ledger = new IssuanceLedger(db);
            Connection first = db.connection();
            Connection second = db.connection();

            CityDatabaseException third = catchThrowableOfType(CityDatabaseException.class, db::connection);
            CityDatabaseException request = RequestDeadline.within(Duration.ofSeconds(5), () -> catchThrowableOfType(
                    CityDatabaseException.class, () -> ledger.find(UUID.randomUUID())));

            assertThat(third).as("the third borrower gives up").isNotNull();
            assertThat(third.getCause()).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(request).as("a request that finds no free connection is told to try later").isNotNull();
            assertThat(request.getCause()).isInstanceOf(SQLTransientConnectionException.class);

            first.close();
            assertThat(RequestDeadline.within(Duration.ofSeconds(5), () -> ledger.find(UUID.randomUUID())))
                    .as("a returned connection serves the next request").isEmpty();
            second.close();
        }
    }

    @Test
    void aConnectionLeftInAFailedTransactionComesBackCleanAndAutoCommitting() throws SQLException {
        try (CityDatabase db = testDatabase.open(Duration.ofSeconds(5), ONE)) {
            long session;
            try (Connection failed = db.connection()) {
                session = TestDatabase.sessionId(failed);
                failed.setAutoCommit(false);
                insertHousehold(failed, 1);
                // a statement that fails: PostgreSQL now refuses everything but a rollback in this transaction
                assertThatThrownBy(() -> insertHousehold(failed, 1)).isInstanceOf(SQLException.class);
                // closed without commit or rollback, as a careless caller would
            }

            try (Connection next = db.connection()) {
                assertThat(TestDatabase.sessionId(next)).as("the pool's one connection again").isEqualTo(session);
                assertThat(next.getAutoCommit()).isTrue();
                assertThat(households(next)).as("the failed transaction's row was rolled back").isZero();
                insertHousehold(next, 2);
            }
            try (Connection outsider = testDatabase.outsider()) {
                assertThat(households(outsider)).as("the next write was committed at once: no transaction left open")
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void aStepThatLeavesItsTransactionOpenLeavesNothingToTheRequestsNextStep() throws SQLException {
        try (CityDatabase db = testDatabase.open(Duration.ofSeconds(5), ONE);
             Connection outsider = testDatabase.outsider()) {
            long[] sessions = RequestDeadline.within(Duration.ofSeconds(30), () -> {
                try {
                    long first;
                    try (Connection step = db.connection()) {
                        first = TestDatabase.sessionId(step);
                        step.setAutoCommit(false);
                        insertHousehold(step, 1);
                    }
                    try (Connection step = db.connection()) {
                        assertThat(step.getAutoCommit()).isTrue();
                        assertThat(households(step)).isZero();
                        insertHousehold(step, 2);
                        assertThat(households(outsider)).as("committed by the step itself, mid-request").isEqualTo(1);
                        return new long[] {first, TestDatabase.sessionId(step)};
                    }
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(sessions[1]).as("both steps ran on the request's one connection").isEqualTo(sessions[0]);
        }
    }

    @Test
    void everyStepOfARequestRunsOnOneConnectionWhileOthersHaveTheirOwn() throws SQLException {
        try (CityDatabase db = testDatabase.open(Duration.ofSeconds(5), TWO);
             Connection other = db.connection()) {
            long otherSession = TestDatabase.sessionId(other);
            long[] sessions = RequestDeadline.within(Duration.ofSeconds(30), () -> new long[] {
                    sessionOf(db), sessionOf(db), sessionOf(db)});

            assertThat(sessions).containsOnly(sessions[0]).doesNotContain(otherSession);
        }
    }

    @Test
    void aStepMayNotStartWhileTheRequestsPreviousStepIsOpen() throws SQLException {
        try (CityDatabase db = testDatabase.open(Duration.ofSeconds(5), TWO)) {
            RequestDeadline.within(Duration.ofSeconds(30), () -> {
                try (Connection open = db.connection()) {
                    assertThatThrownBy(db::connection).isInstanceOf(IllegalStateException.class);
                    return TestDatabase.sessionId(open);
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aRequestLimitsTheSessionToItsTimeLeftAndThePoolGetsTheDatabasesLimitBack() throws SQLException {
        Duration databaseLimit = Duration.ofSeconds(60);
        Duration budget = Duration.ofSeconds(30);
        try (CityDatabase db = testDatabase.open(databaseLimit, ONE)) {
            long inRequest = RequestDeadline.within(budget, () -> {
                try (Connection step = db.connection()) {
                    return TestDatabase.statementLimitMillis(step);
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(inRequest).isPositive().isLessThanOrEqualTo(budget.toMillis());
            try (Connection after = db.connection()) {
                assertThat(TestDatabase.statementLimitMillis(after)).isEqualTo(databaseLimit.toMillis());
            }
        }
    }

    @Test
    void closingTheDatabaseClosesEveryConnectionOfItsPool() throws SQLException {
        try (Connection outsider = testDatabase.outsider()) {
            long before = testDatabase.sessions(outsider);
            CityDatabase db = testDatabase.open(Duration.ofSeconds(5), new PoolSettings(3, Duration.ofSeconds(5)));
            await("the pool's three connections are open", () -> sessions(outsider) >= before + 3);

            db.close();

            await("every connection of the pool is closed", () -> sessions(outsider) == before);
            assertThatThrownBy(db::connection).isInstanceOf(IllegalStateException.class);
        }
    }

    private long sessions(Connection outsider) {
        try {
            return testDatabase.sessions(outsider);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long sessionOf(CityDatabase db) {
        try (Connection step = db.connection()) {
            return TestDatabase.sessionId(step);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void insertHousehold(Connection connection, long id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO household (id, address) VALUES (?, '秋田市大町三丁目2番1号')")) {
            insert.setLong(1, id);
            insert.executeUpdate();
        }
    }

    private static long households(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT COUNT(*) FROM household")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Waits, bounded, for a condition another session or thread makes true. */
    private static void await(String what, BooleanSupplier condition) {
        long giveUp = System.nanoTime() + AWAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - giveUp > 0) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.onSpinWait();
        }
    }
}
