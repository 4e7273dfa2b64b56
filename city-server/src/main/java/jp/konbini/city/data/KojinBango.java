package jp.konbini.city.data;

import java.math.BigInteger;

/**
 * 個人番号 (My Number): eleven digits and a check digit, computed as the 行政手続における特定の個人を識別するための
 * 番号の利用等に関する法律施行令 第8条 prescribes: the eleven digits from the right are weighted 2, 3, 4, 5, 6, 7,
 * 2, 3, 4, 5, 6; the check digit is 11 − (sum mod 11), and 0 when the remainder is 0 or 1.
 *
 * <p>The numbers in a synthetic city are made up: a fixed permutation of the 宛名番号, so each resident has
 * their own and no two share one. Never logged (see V7).
 */
public final class KojinBango {
    private static final long ELEVEN_DIGITS = 100_000_000_000L;
    /** Odd and not a multiple of 5, so multiplying by it permutes the eleven-digit numbers. */
    private static final long SPREAD = 48_271_936_037L;

    private KojinBango() {
    }

    /** The check digit of eleven digits. */
    public static int checkDigit(String elevenDigits) {
        if (elevenDigits.length() != 11 || !elevenDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a 個人番号 has eleven digits before its check digit");
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int digit = elevenDigits.charAt(11 - n) - '0';
            int weight = n <= 6 ? n + 1 : n - 5;
            sum += digit * weight;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /** Whether twelve digits are a 個人番号 with the right check digit. */
    public static boolean isValid(String number) {
        return number != null && number.length() == 12 && number.chars().allMatch(c -> c >= '0' && c <= '9')
                && checkDigit(number.substring(0, 11)) == number.charAt(11) - '0';
    }

    /** The made-up number of a synthetic resident: distinct for every 宛名番号 below 10^11. */
    static String synthetic(long residentId, long randomSeed) {
        if (residentId < 0 || residentId >= ELEVEN_DIGITS) {
            throw new IllegalArgumentException("resident id out of range: " + residentId);
        }
        long offset = Math.floorMod(randomSeed * 1_000_003L, ELEVEN_DIGITS);
        long body = (mulMod(residentId, SPREAD) + offset) % ELEVEN_DIGITS;
        String eleven = String.format("%011d", body);
        return eleven + checkDigit(eleven);
    }

    /** (a × b) mod 10^11 without overflow. */
    private static long mulMod(long a, long b) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(BigInteger.valueOf(ELEVEN_DIGITS))
                .longValueExact();
    }
}
