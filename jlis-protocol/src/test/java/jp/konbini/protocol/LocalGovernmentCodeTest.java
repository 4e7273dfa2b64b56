package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "052019", // 秋田市
            "052035", // 横手市
            "052108", // 由利本荘市
            "131016", // 千代田区
            "012131", // 苫小牧市: remainder 0, so 11 - 0 = 11 and the check digit is 1
            "281000", // 神戸市: remainder 1, so 11 - 1 = 10 and the check digit is 0
    })
    void acceptsCodesWithTheirCheckDigit(String code) {
        assertThat(LocalGovernmentCode.isValid(code)).isTrue();
        assertThat(LocalGovernmentCode.parse(code)).map(LocalGovernmentCode::value).hasValue(code);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "052010", // Akita with a wrong check digit
            "052018",
            "05201",  // JIS code without check digit
            "0520190",
            "05201a",
            "０５２０１９", // full-width digits
            " 052019",
            "-52019",
    })
    void refusesWrongFormatOrCheckDigit(String text) {
        assertThat(LocalGovernmentCode.isValid(text)).isFalse();
        assertThat(LocalGovernmentCode.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesNothing(String text) {
        assertThat(LocalGovernmentCode.parse(text)).isEmpty();
    }

    @Test
    void cannotBeConstructedInvalid() {
        assertThatThrownBy(() -> new LocalGovernmentCode("052010")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsIntoPrefectureAndJisCode() {
        LocalGovernmentCode akita = LocalGovernmentCode.parse("052019").orElseThrow();

        assertThat(akita.prefectureCode()).isEqualTo("05");
        assertThat(akita.jisCode()).isEqualTo("05201");
        assertThat(akita).hasToString("052019");
    }
}
