package jp.konbini.protocol;

import java.util.Objects;

/** The copy-in, copy-out and length-only printing that every record with a {@code byte[]} shares. */
final class ByteArrays {

    /** Length of a SHA-256 digest and of a challenge nonce. */
    static final int DIGEST_LENGTH = 32;

    private ByteArrays() {
    }

    /** A private copy, so a caller cannot change a message after it was built (or signed). */
    static byte[] copy(byte[] bytes, String name) {
        return Objects.requireNonNull(bytes, name).clone();
    }

    static byte[] copyOfLength(byte[] bytes, int length, String name) {
        byte[] copy = copy(bytes, name);
        if (copy.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, not " + copy.length);
        }
        return copy;
    }

    /** How a {@code byte[]} appears in {@code toString}: its size only, never its content. */
    static String describe(byte[] bytes) {
        return "<" + bytes.length + " bytes>";
    }
}
