package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves which database the data tests ran on: {@code .ci/run} looks for this test, passed, in
 * {@code target/surefire-reports-postgres}, so a PostgreSQL suite that silently ran on H2 fails CI.
 */
class DatabaseProductTest {
    @TempDir
    Path dir;

    @Test
    void theTestsRunOnTheDatabaseAskedFor() throws SQLException {
        try (TestDatabase testDatabase = TestDatabase.fresh(dir);
             CityDatabase db = testDatabase.open();
             Connection connection = db.connection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.POSTGRES ? "PostgreSQL" : "H2");
        }
    }
}
