package jp.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import jp.konbini.protocol.CertificateType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's fee lines: a city's own line wins over {@code *}; a wrong line names its line number. */
class FeeTableTest {
    @TempDir
    Path dir;

    @Test
    void aCitysOwnFeeWinsOverTheFeeForEveryCity() throws Exception {
        FeeTable fees = load("fee = * juminhyo 300\nfee = 052019 juminhyo 200\n");

        assertThat(fees.perCopy("052019", CertificateType.JUMINHYO)).contains(200);
        assertThat(fees.perCopy("131016", CertificateType.JUMINHYO)).contains(300);
        assertThat(fees.perCopy("052019", CertificateType.INKAN)).isEqualTo(Optional.empty());
    }

    @Test
    void aCityCodeWithAWrongCheckDigitIsAConfigErrorOnItsLine() {
        assertThatThrownBy(() -> load("fee = * juminhyo 300\nfee = 052018 juminhyo 200\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void anUnknownTypeOrAnAbsurdFeeIsAConfigError() {
        assertThatThrownBy(() -> load("fee = * passport 300\n")).hasMessageContaining("unknown certificate type");
        assertThatThrownBy(() -> load("fee = * juminhyo 99999\n")).hasMessageContaining("0-10000 yen");
        assertThatThrownBy(() -> load("fee = * juminhyo\n")).hasMessageContaining("CITY TYPE YEN");
    }

    @Test
    void theSameCityAndTypeTwiceIsAConfigError() {
        assertThatThrownBy(() -> load("fee = * inkan 300\nfee = * inkan 200\n")).hasMessageContaining("already set");
    }

    private FeeTable load(String lines) throws Exception {
        Path conf = dir.resolve("kiosk.conf");
        Files.writeString(conf, lines);
        return FeeTable.from(NodeConfig.load(conf, Set.of("fee"), Set.of("fee")));
    }
}
