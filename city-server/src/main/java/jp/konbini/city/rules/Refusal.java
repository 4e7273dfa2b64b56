package jp.konbini.city.rules;

import java.util.Objects;
import jp.konbini.protocol.ErrorCode;

/**
 * Why a rule says no: the code the kiosk shows in Japanese, and a detail for the city's log that holds
 * no personal data.
 */
public record Refusal(ErrorCode code, String detail) {
    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
