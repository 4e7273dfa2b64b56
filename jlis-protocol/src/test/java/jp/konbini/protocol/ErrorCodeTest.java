package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void wireCodesAreUnique() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void keepsTheAgreedWireCodes() {
        Map<String, Integer> codes = Arrays.stream(ErrorCode.values())
                .collect(Collectors.toMap(ErrorCode::name, ErrorCode::code));

        assertThat(codes).containsAllEntriesOf(Map.ofEntries(
                Map.entry("BAD_FRAME", 1), Map.entry("UNSUPPORTED_VERSION", 2), Map.entry("PROTOCOL_VIOLATION", 3),
                Map.entry("BUSY", 10), Map.entry("TIMEOUT", 11), Map.entry("UNAVAILABLE", 12),
                Map.entry("INVALID_CITY_CODE", 20), Map.entry("UNKNOWN_CITY", 21),
                Map.entry("UNSUPPORTED_CERTIFICATE_TYPE", 22), Map.entry("CHALLENGE_INVALID", 30),
                Map.entry("CARD_CERTIFICATE_INVALID", 31), Map.entry("CARD_CERTIFICATE_EXPIRED", 32),
                Map.entry("CARD_SIGNATURE_INVALID", 33), Map.entry("CARD_UNKNOWN", 34),
                Map.entry("CARD_REVOKED", 35), Map.entry("PIN_WRONG", 40), Map.entry("PIN_BLOCKED", 41),
                Map.entry("NOT_ELIGIBLE", 50), Map.entry("OUTSIDE_SERVICE_HOURS", 51),
                Map.entry("BINDING_MISMATCH", 60), Map.entry("DUPLICATE_REQUEST", 61),
                Map.entry("INTERNAL_ERROR", 99)));
    }

    @Test
    void onlyPassingConditionsAreRetryable() {
        EnumSet<ErrorCode> retryable = EnumSet.noneOf(ErrorCode.class);
        for (ErrorCode code : ErrorCode.values()) {
            if (code.retryable()) {
                retryable.add(code);
            }
        }

        assertThat(retryable).containsExactlyInAnyOrder(
                ErrorCode.BUSY, ErrorCode.TIMEOUT, ErrorCode.UNAVAILABLE, ErrorCode.CHALLENGE_INVALID);
    }

    @Test
    void everyCodeHasALineForTheResident() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.japanese()).as(code.name()).isNotBlank().endsWith("。");
            assertThat(code.english()).as(code.name()).isNotBlank().endsWith(".");
        }
        assertThat(ErrorCode.CARD_UNKNOWN.japanese()).isEqualTo("このカードでは、ご指定の市区町村の証明書を発行できません。");
    }

    @Test
    void readsEveryCodeBackFromTheWire() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ErrorCode.fromCode(code.code())).isEqualTo(code);
        }
    }

    @Test
    void readsAnUnknownCodeAsInternalError() {
        assertThat(ErrorCode.fromCode(0)).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(ErrorCode.fromCode(4242)).isEqualTo(ErrorCode.INTERNAL_ERROR);
    }
}
