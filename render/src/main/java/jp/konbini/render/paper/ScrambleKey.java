package jp.konbini.render.paper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-sheet scramble key: HKDF-SHA256(master, salt = "konbini-scramble-v2", info = serial ‖ 0 ‖ page).
 * A shuffle cipher falls to known plaintext, and the holder knows the front; deriving a fresh key per
 * certificate and page means one sheet teaches nothing about another's permutation.
 */
public record ScrambleKey(byte[] key) {

    static final byte[] SALT = "konbini-scramble-v2".getBytes(StandardCharsets.US_ASCII);

    public ScrambleKey {
        if (key.length != 32) {
            throw new IllegalArgumentException("a scramble key is 32 bytes");
        }
        key = key.clone();
    }

    /** Derives the key of one sheet (page 1-based) from the hub's 32-byte master scramble key. */
    public static ScrambleKey derive(byte[] master, String certificateSerial, int page) {
        if (page < 1 || page > SealPayload.MAX_PAGES) {
            throw new IllegalArgumentException("page " + page);
        }
        if (master.length < 32) {
            throw new IllegalArgumentException("the master scramble key must be at least 32 bytes");
        }
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(SALT, "HmacSHA256"));
            byte[] prk = extract.doFinal(master);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(prk, "HmacSHA256"));
            expand.update(certificateSerial.getBytes(StandardCharsets.UTF_8));
            expand.update((byte) 0);
            expand.update((byte) page);
            expand.update((byte) 1);
            return new ScrambleKey(expand.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
        }
    }

    /**
     * The block permutation and per-block transforms this key selects for {@code blocks} blocks:
     * {@code position[b]} is where source block b goes; {@code transform[b]} in 0..7 is
     * bit 0 = mirror left-right, bit 1 = mirror top-bottom, bit 2 = invert tone.
     */
    public Scramble scramble(int blocks) {
        KeyStream stream = new KeyStream(key);
        int[] position = new int[blocks];
        for (int i = 0; i < blocks; i++) {
            position[i] = i;
        }
        for (int i = blocks - 1; i > 0; i--) {
            int j = stream.below(i + 1);
            int t = position[i];
            position[i] = position[j];
            position[j] = t;
        }
        byte[] transform = new byte[blocks];
        for (int i = 0; i < blocks; i++) {
            transform[i] = (byte) stream.below(8);
        }
        return new Scramble(position, transform);
    }

    /** Where each block goes and how it is turned. */
    public record Scramble(int[] position, byte[] transform) {
    }

    /** AES-256-CTR keystream: unbiased integers for the Fisher–Yates shuffle. */
    private static final class KeyStream {
        private final Cipher cipher;
        private byte[] buffer = new byte[0];
        private int at;

        KeyStream(byte[] key) {
            try {
                cipher = Cipher.getInstance("AES/CTR/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-CTR is missing from this JDK", e);
            }
        }

        int below(int bound) {
            int limit = Integer.MAX_VALUE - (Integer.MAX_VALUE % bound);
            while (true) {
                int v = nextInt() & Integer.MAX_VALUE;
                if (v < limit) {
                    return v % bound;
                }
            }
        }

        private int nextInt() {
            if (at + 4 > buffer.length) {
                buffer = cipher.update(new byte[4096]);
                at = 0;
            }
            int v = ((buffer[at] & 0xff) << 24) | ((buffer[at + 1] & 0xff) << 16)
                    | ((buffer[at + 2] & 0xff) << 8) | (buffer[at + 3] & 0xff);
            at += 4;
            return v;
        }
    }
}
