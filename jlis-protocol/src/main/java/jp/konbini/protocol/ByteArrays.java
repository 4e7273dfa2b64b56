package jp.konbini.protocol;

import java.util.Objects;

/**
 * The copy-in, copy-out and length-only printing that every record with a {@code byte[]} shares.
 *
 * <p>One exception to copy-in: an array the codec has just filled from a frame and {@linkplain #handOver handed
 * over} is kept as it is by the record it is given to, because nobody else holds it — a 64 KiB document chunk
 * would otherwise be copied once more for nothing. Only code of this module can hand over (the codec reaches
 * these methods through a private lookup; the package is not open to other modules), so records stay immutable
 * to every other caller.
 */
final class ByteArrays {

    /** Length of a SHA-256 digest and of a challenge nonce. */
    static final int DIGEST_LENGTH = 32;

    /** More than any message has {@code byte[]} fields; one more is simply copied. */
    private static final int HANDED_OVER_SLOTS = 8;

    /** Per thread, because a record takes its arrays on the thread that decodes it. */
    private static final ThreadLocal<byte[][]> HANDED_OVER =
            ThreadLocal.withInitial(() -> new byte[HANDED_OVER_SLOTS][]);

    private ByteArrays() {
    }

    /** A private copy, so a caller cannot change a message after it was built (or signed). */
    static byte[] copy(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, name);
        return takeHandedOver(bytes) ? bytes : bytes.clone();
    }

    static byte[] copyOfLength(byte[] bytes, int length, String name) {
        Objects.requireNonNull(bytes, name);
        if (bytes.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, not " + bytes.length);
        }
        return copy(bytes, name);
    }

    /** How a {@code byte[]} appears in {@code toString}: its size only, never its content. */
    static String describe(byte[] bytes) {
        return "<" + bytes.length + " bytes>";
    }

    /**
     * Lets the next record built on this thread with exactly {@code fresh} keep it without a copy. Only for an
     * array the caller allocated itself and will not touch or pass anywhere else.
     */
    static void handOver(byte[] fresh) {
        byte[][] slots = HANDED_OVER.get();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) {
                slots[i] = fresh;
                return;
            }
        }
    }

    /** Forgets what was handed over and not taken (a decode that failed half way), so nothing is kept alive. */
    static void clearHandedOver() {
        byte[][] slots = HANDED_OVER.get();
        for (int i = 0; i < slots.length && slots[i] != null; i++) {
            slots[i] = null;
        }
    }

    /** Identity, not content: only the very array that was handed over, and only once. */
    private static boolean takeHandedOver(byte[] bytes) {
        byte[][] slots = HANDED_OVER.get();
        for (int i = 0; i < slots.length && slots[i] != null; i++) {
            if (slots[i] == bytes) {
                // Keep the filled slots contiguous, so that the scans stop at the first empty one.
                int last = i;
                while (last + 1 < slots.length && slots[last + 1] != null) {
                    last++;
                }
                slots[i] = slots[last];
                slots[last] = null;
                return true;
            }
        }
        return false;
    }
}
