package jp.konbini.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import jp.konbini.city.rules.Availability;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule settings of city.conf: read, and refused with the line when wrong. */
class CityRulesTest {
    @TempDir
    Path dir;

    private CityRules rules(String text) throws IOException, ConfigException {
        Path file = dir.resolve("city.conf");
        Files.writeString(file, text);
        return CityRules.from(NodeConfig.load(file, new HashSet<>(CityConfig.CITY_KEYS),
                Set.of("maintenance", "operator")));
    }

    @Test
    void defaultsAreTheLawsHoursAndAkitasFees() throws Exception {
        CityRules r = rules("");
        assertThat(r.hours()).isPresent();
        assertThat(r.fees().feeYen(CertificateType.KOSEKI_ZENBU, 2)).isEqualTo(800);
        assertThat(r.printKojinBango()).isFalse();
        assertThat(r.operators().operatorOf("kiosk-0001")).isEqualTo(KioskOperators.UNASSIGNED);
        assertThat(r.eligibility().taxYear().latestFiscalYear(LocalDate.of(2026, 6, 1))).isEqualTo(2026);
    }

    @Test
    void settingsAreRead() throws Exception {
        CityRules r = rules("""
                fee.inkan = 300
                maintenance = 2026-12-05T20:00 2026-12-05T22:00
                tax.year.switch = 06-15
                operator = kiosk-7 seven-eleven
                operator = kiosk-71 seven-eleven-east
                print.kojin-bango = true
                """);
        assertThat(r.fees().feeYen(CertificateType.INKAN, 1)).isEqualTo(300);
        assertThat(r.hours().orElseThrow().check(CertificateType.JUMINHYO, LocalDateTime.parse("2026-12-05T21:00")))
                .isInstanceOf(Availability.Closed.class)
                .satisfies(a -> assertThat(((Availability.Closed) a).code()).isEqualTo(ErrorCode.MAINTENANCE));
        assertThat(r.eligibility().taxYear().latestFiscalYear(LocalDate.of(2026, 6, 14))).isEqualTo(2025);
        assertThat(r.operators().operatorOf("kiosk-7102")).isEqualTo("seven-eleven-east");
        assertThat(r.operators().operatorOf("kiosk-7002")).isEqualTo("seven-eleven");
        assertThat(r.printKojinBango()).isTrue();
        assertThat(rules("service.hours = always\n").hours()).isEmpty();
    }

    @Test
    void aWrongSettingNamesItsLine() {
        assertThatThrownBy(() -> rules("# comment\ntax.year.switch = 07-01\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining(":2:").hasMessageContaining("June");
        assertThatThrownBy(() -> rules("maintenance = 2026-12-05T22:00 2026-12-05T20:00\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(":1:");
        assertThatThrownBy(() -> rules("service.hours = sometimes\n")).isInstanceOf(ConfigException.class);
    }

    @Test
    void theDatabaseTimeoutIsASettingWithABoundedRange() throws Exception {
        assertThat(CityConfig.dbTimeout(config(""))).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(CityConfig.dbTimeout(config("db.timeout.seconds = 2\n"))).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> CityConfig.dbTimeout(config("db.timeout.seconds = 0\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("db.timeout.seconds");
        assertThatThrownBy(() -> CityConfig.dbTimeout(config("db.timeout.seconds = forever\n")))
                .isInstanceOf(ConfigException.class);
    }

    private NodeConfig config(String text) throws IOException, ConfigException {
        Path file = dir.resolve("city-db.conf");
        Files.writeString(file, text);
        return NodeConfig.load(file, new HashSet<>(CityConfig.CITY_KEYS), Set.of("maintenance", "operator"));
    }
}
