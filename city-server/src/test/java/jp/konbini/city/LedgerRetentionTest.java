package jp.konbini.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document retention settings of city.conf: read, defaulted, and refused when out of range. */
class LedgerRetentionTest {
    @TempDir
    Path dir;

    private LedgerRetention retention(String text) throws IOException, ConfigException {
        Path file = dir.resolve("city.conf");
        Files.writeString(file, text);
        return LedgerRetention.from(NodeConfig.load(file, new HashSet<>(CityConfig.CITY_KEYS), Set.of()));
    }

    @Test
    void defaultsKeepADocumentHalfAnHour() throws Exception {
        assertThat(retention("")).isEqualTo(new LedgerRetention(Duration.ofMinutes(30), Duration.ofMinutes(30)));
    }

    @Test
    void settingsAreRead() throws Exception {
        assertThat(retention("ledger.document.retention.minutes = 10\nledger.issued.timeout.minutes = 20\n"))
                .isEqualTo(new LedgerRetention(Duration.ofMinutes(10), Duration.ofMinutes(20)));
    }

    @Test
    void aDocumentIsNeverKeptForMoreThanADay() {
        assertThatThrownBy(() -> retention("ledger.document.retention.minutes = 1441\n"))
                .isInstanceOf(ConfigException.class);
    }
}
