package jp.konbini.protocol;

import java.util.Optional;

/**
 * 地方公共団体コード: the 5-digit JIS X 0402 code of a city, town or village followed by its check digit, as
 * used to route a request to the right city server. Example: 秋田市 {@code 052019}.
 *
 * <p>Check digit: weigh the five digits by 6, 5, 4, 3, 2, sum, take the remainder modulo 11; the check digit is
 * the last digit of {@code 11 - remainder} (so remainder 0 gives 1, and remainder 1 gives 0).
 *
 * @param value six ASCII digits with a correct check digit
 */
public record LocalGovernmentCode(String value) {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public LocalGovernmentCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a 6-digit local government code with a valid check digit");
        }
    }

    /** The code when {@code text} has the right format and check digit, else empty. */
    public static Optional<LocalGovernmentCode> parse(String text) {
        return isValid(text) ? Optional.of(new LocalGovernmentCode(text)) : Optional.empty();
    }

    /** Whether {@code text} is six ASCII digits whose last one is the check digit of the first five. */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 6) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(i);
            // Not Character.isDigit: full-width and other scripts' digits are not codes.
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 5) {
                sum += (c - '0') * WEIGHTS[i];
            }
        }
        int check = (11 - sum % 11) % 10;
        return text.charAt(5) - '0' == check;
    }

    /** The 5-digit JIS code without the check digit. */
    public String jisCode() {
        return value.substring(0, 5);
    }

    /** The 2-digit prefecture code (都道府県コード), e.g. {@code 05} for Akita. */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
