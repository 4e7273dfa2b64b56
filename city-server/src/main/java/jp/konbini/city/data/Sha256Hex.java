package jp.konbini.city.data;

import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 digests as stored: 64 lower-case hex digits. */
final class Sha256Hex {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private Sha256Hex() {
    }

    /** The digest in stored form; upper-case input is accepted, anything else is a caller's bug. */
    static String normalise(String hex, String what) {
        String lower = hex.toLowerCase(Locale.ROOT);
        if (!HEX64.matcher(lower).matches()) {
            throw new IllegalArgumentException(what + " must be 64 hex digits (SHA-256), got \"" + hex + "\"");
        }
        return lower;
    }

    /** The SHA-256 of the bytes, in stored form. */
    static String of(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
