package jp.konbini.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.SyntheticCity;
import jp.konbini.protocol.CertificateType;
import jp.konbini.render.JapaneseFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-city's measurement: every request accounted for, and the render part of each certificate within its time. */
class IssuanceBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void everyRequestIsIssuedOrRefusedAndItsRenderTimeIsPartOfItsTime() {
        try (CityDatabase db = CityDatabase.open("jdbc:h2:file:" + dir.resolve("city") + ";AUTO_SERVER=FALSE", "sa",
                "", IssuanceBenchmark.SERVER_BUDGET)) {
            SyntheticCity.seed(db, 200, 52019L, List.of(), List.of(), name -> name.getBytes(StandardCharsets.UTF_8),
                    done -> { });

            IssuanceBenchmark.Result result = IssuanceBenchmark.run(db, JapaneseFont.locate(Optional.empty()),
                    CertificateType.JUMINHYO, 5, 52019, IssuanceBenchmark.SERVER_BUDGET);

            assertThat(result.issued().size() + result.refused() + result.unavailable()).isEqualTo(5);
            assertThat(result.issued()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.renderNanos()).isPositive();
                assertThat(t.databaseAndRulesNanos()).isPositive();
            });
        }
    }
}
