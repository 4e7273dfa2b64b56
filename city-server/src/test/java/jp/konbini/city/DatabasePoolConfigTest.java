package jp.konbini.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import jp.konbini.city.data.PoolSettings;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool settings of city.conf: read, defaulted, and refused when out of range. */
class DatabasePoolConfigTest {
    @TempDir
    Path dir;

    private PoolSettings pool(String text) throws IOException, ConfigException {
        Path file = dir.resolve("city.conf");
        Files.writeString(file, text);
        return CityConfig.dbPool(NodeConfig.load(file, new HashSet<>(CityConfig.CITY_KEYS), Set.of()));
    }

    @Test
    void byDefaultTwoConnectionsPerCoreAndARequestWaitsForOneAsLongAsItMayWaitForTheDatabase() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(pool("db.timeout.seconds = 7\nworkers = 1\n")).isEqualTo(new PoolSettings(
                Math.max(2 * cores, 2), Duration.ofSeconds(7)));
    }

    @Test
    void byDefaultEveryWorkerHasAConnectionAndThePurgeOneMore() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(pool("workers = 40\n").size()).isEqualTo(Math.max(2 * cores, 41));
    }

    @Test
    void settingsAreRead() throws Exception {
        assertThat(pool("db.pool.size = 12\ndb.pool.timeout.seconds = 2\n"))
                .isEqualTo(new PoolSettings(12, Duration.ofSeconds(2)));
    }

    @Test
    void aPoolWithoutConnectionsIsRefused() {
        assertThatThrownBy(() -> pool("db.pool.size = 0\n")).isInstanceOf(ConfigException.class);
    }
}
