package jp.konbini.crypto.card;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the card's private key under its PIN: AES-256-GCM (JDK provider) with a key derived by
 * PBKDF2-HMAC-SHA256 from the PIN and a per-card salt. The GCM tag is the PIN check: a wrong PIN
 * derives a wrong key and the tag does not verify. The certificate and KDF parameters are bound in as
 * associated data, so a card file with a swapped certificate fails like a wrong PIN.
 */
final class PinSealing {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.15 s a try here. */
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinSealing() {
    }

    /** Seals {@code pkcs8} into a new card record holding {@code certificateDer} and a full tries counter. */
    static CardRecord seal(byte[] certificateDer, byte[] pkcs8, String pin) throws GeneralSecurityException {
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, pin, salt, ITERATIONS, nonce);
        cipher.updateAAD(associatedData(certificateDer, ITERATIONS, salt));
        byte[] sealed = cipher.doFinal(pkcs8);
        return new CardRecord(certificateDer, ITERATIONS, salt, nonce, sealed, CardFile.MAX_TRIES);
    }

    /** The PKCS#8 key if {@code pin} is right; empty if it is wrong (or the file was tampered with). */
    static Optional<byte[]> open(CardRecord card, String pin) throws GeneralSecurityException {
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, pin, card.salt(), card.iterations(), card.nonce());
        cipher.updateAAD(associatedData(card.certificateDer(), card.iterations(), card.salt()));
        try {
            return Optional.of(cipher.doFinal(card.sealedKey()));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, String pin, byte[] salt, int iterations, byte[] nonce)
            throws GeneralSecurityException {
        char[] pinChars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(pinChars, salt, iterations, 256);
        byte[] keyBytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher;
        } finally {
            spec.clearPassword();
            Arrays.fill(pinChars, '\0');
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    private static byte[] associatedData(byte[] certificateDer, int iterations, byte[] salt) {
        byte[] magic = CardRecord.MAGIC.getBytes(StandardCharsets.US_ASCII);
        // Fixed-width fields first and the certificate last, so the concatenation has one reading.
        return ByteBuffer.allocate(magic.length + 4 + 1 + salt.length + certificateDer.length)
                .put(magic).putInt(iterations).put((byte) salt.length).put(salt).put(certificateDer)
                .array();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
