package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The 個人番号's check digit (施行令 第8条) and the synthetic numbers of a made-up city. */
class KojinBangoTest {

    /** Worked by hand: weights 2..7, 2..6 from the right of the eleven digits. */
    static Stream<Arguments> worked() {
        return Stream.of(
                // 1·6+2·5+3·4+4·3+5·2+6·7+7·6+8·5+9·4+0·3+1·2 = 212, 212 mod 11 = 3, 11 − 3 = 8
                Arguments.of("12345678901", 8),
                // all zeros: sum 0, remainder 0 → 0
                Arguments.of("00000000000", 0),
                // 1 at the right end: weight 2, remainder 2 → 9
                Arguments.of("00000000001", 9),
                // 5 at the right end: 10, remainder 10 → 1
                Arguments.of("00000000005", 1),
                // 1 in the 6th place from the right: weight 7, remainder 7 → 4
                Arguments.of("00000100000", 4),
                // 1 in the 7th place from the right: weight 2 again
                Arguments.of("00001000000", 9),
                // 1 in the 5th and 11th places from the right (weights 6 and 6): 12, remainder 1 → 0
                Arguments.of("10000010000", 0));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("worked")
    void theCheckDigitIsElevenMinusTheRemainderOrZero(String eleven, int check) {
        assertThat(KojinBango.checkDigit(eleven)).isEqualTo(check);
        assertThat(KojinBango.isValid(eleven + check)).isTrue();
        assertThat(KojinBango.isValid(eleven + (check + 1) % 10)).isFalse();
    }

    @Test
    void syntheticNumbersAreValidAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (long id = 1; id <= 20_000; id++) {
            String number = KojinBango.synthetic(id, 52019L);
            assertThat(KojinBango.isValid(number)).as(number).isTrue();
            assertThat(seen.add(number)).as("distinct " + number).isTrue();
        }
    }

    @Test
    void onlyElevenDigitsHaveACheckDigit() {
        assertThatThrownBy(() -> KojinBango.checkDigit("1234567890")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KojinBango.checkDigit("1234567890a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(KojinBango.isValid("12345678901")).isFalse();
    }
}
