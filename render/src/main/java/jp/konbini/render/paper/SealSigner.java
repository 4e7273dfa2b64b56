package jp.konbini.render.paper;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;

/** Signs seal payloads with the issuing city's ECDSA P-256 key (64-byte P1363 signatures). */
public final class SealSigner {

    private final KeyPair keys;
    private final byte[] keyId;

    private final java.security.SecureRandom random;

    public SealSigner(KeyPair keys) {
        this(keys, new java.security.SecureRandom());
    }

    /** With a given source of ECDSA nonces: a seeded one makes the paper report repeatable. */
    public SealSigner(KeyPair keys, java.security.SecureRandom random) {
        this.random = random;
        if (!"EC".equals(keys.getPrivate().getAlgorithm())) {
            throw new IllegalArgumentException("the seal key must be an EC P-256 key");
        }
        this.keys = keys;
        this.keyId = keyId(keys.getPublic());
    }

    /** The key id: the first 8 bytes of SHA-256 over the public key's SubjectPublicKeyInfo. */
    public static byte[] keyId(PublicKey key) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public byte[] keyId() {
        return keyId.clone();
    }

    /** The code's bytes for a one-page certificate whose front is only a raster (the paper trials' specimens). */
    public byte[] sign(String serial, Gray front) {
        return sign(serial, 1, 1, FrontDigest.of(front), FrontHash.of(front));
    }

    /**
     * The code's bytes for one sheet: payload then signature.
     *
     * @param frontDigest SHA-256 of the page image printed on the sheet's front
     * @param frontHash   {@link FrontHash} of that front as scrambled
     */
    public byte[] sign(String serial, int page, int pages, byte[] frontDigest, byte[] frontHash) {
        SealPayload payload = new SealPayload(serial, page, pages, frontDigest, frontHash, keyId);
        byte[] tbs = payload.toBeSigned();
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(keys.getPrivate(), random);
            s.update(tbs);
            byte[] sig = s.sign();
            byte[] out = Arrays.copyOf(tbs, tbs.length + sig.length);
            System.arraycopy(sig, 0, out, tbs.length, sig.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the seal", e);
        }
    }
}
