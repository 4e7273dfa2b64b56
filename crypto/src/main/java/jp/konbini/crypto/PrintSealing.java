package jp.konbini.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hub encrypts the print data to the kiosk that asked, so that the relay between them forwards only
 * ciphertext (PROTOCOL.md, "Sealed print data"): ECDH on P-256 between two one-time keys, HKDF-SHA256 salted with
 * the request id, AES-256-GCM per chunk with the chunk's index in the nonce and its position in the additional
 * data. Only the JDK's providers are used.
 */
public final class PrintSealing {
    /** Bytes GCM adds to each chunk. */
    public static final int TAG_BYTES = 16;
    private static final byte[] INFO = "konbini-kofu print v1".getBytes(StandardCharsets.US_ASCII);
    private static final ECParameterSpec P256 = p256();

    private PrintSealing() {
    }

    /** A one-time P-256 key pair: the kiosk's for one request, or the hub's for one answer. */
    public static KeyPair oneTimeKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256", e);
        }
    }

    /** The X.509 SubjectPublicKeyInfo DER of a P-256 key, as it travels in kiosk_key and sealing_key. */
    public static byte[] encode(PublicKey key) {
        return key.getEncoded();
    }

    /** A P-256 public key from the wire; empty for anything else (another curve, RSA, garbage). */
    public static Optional<ECPublicKey> decode(byte[] spki) {
        try {
            PublicKey k = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
            if (k instanceof ECPublicKey ec && sameCurve(ec.getParams())) {
                return Optional.of(ec);
            }
            return Optional.empty();
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The hub's side: seals the chunks of one answer to {@code kioskKey}. */
    public static Sealer sealerFor(ECPublicKey kioskKey, UUID requestId) throws GeneralSecurityException {
        KeyPair mine = oneTimeKey();
        return new Sealer(encode(mine.getPublic()), derive(mine.getPrivate(), kioskKey, requestId), requestId);
    }

    /** The kiosk's side: opens the chunks sealed with the hub's {@code sealingKey}. */
    public static Opener openerFor(PrivateKey kioskPrivate, byte[] sealingKey, UUID requestId)
            throws GeneralSecurityException {
        ECPublicKey hub = decode(sealingKey).orElseThrow(() -> new GeneralSecurityException("sealing key is not P-256"));
        return new Opener(derive(kioskPrivate, hub, requestId), requestId);
    }

    /** Encrypts chunk after chunk of one answer. */
    public static final class Sealer {
        private final byte[] publicKey;
        private final SecretKeySpec key;
        private final UUID requestId;

        private Sealer(byte[] publicKey, SecretKeySpec key, UUID requestId) {
            this.publicKey = publicKey;
            this.key = key;
            this.requestId = requestId;
        }

        /** The hub's one-time public key, for the answer's sealing_key. */
        public byte[] sealingKey() {
            return publicKey.clone();
        }

        public byte[] seal(int index, boolean last, byte[] plain, int offset, int length)
                throws GeneralSecurityException {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(index)));
            c.updateAAD(aad(requestId, index, last));
            return c.doFinal(plain, offset, length);
        }
    }

    /** Decrypts chunk after chunk of one answer; a chunk that fails its tag throws. */
    public static final class Opener {
        private final SecretKeySpec key;
        private final UUID requestId;

        private Opener(SecretKeySpec key, UUID requestId) {
            this.key = key;
            this.requestId = requestId;
        }

        public byte[] open(int index, boolean last, byte[] sealed) throws GeneralSecurityException {
            if (sealed.length < TAG_BYTES) {
                throw new GeneralSecurityException("sealed chunk shorter than its tag");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(index)));
            c.updateAAD(aad(requestId, index, last));
            return c.doFinal(sealed);
        }
    }

    private static SecretKeySpec derive(PrivateKey mine, ECPublicKey theirs, UUID requestId)
            throws GeneralSecurityException {
        if (!sameCurve(theirs.getParams())) {
            throw new GeneralSecurityException("peer key is not P-256");
        }
        KeyAgreement ka = KeyAgreement.getInstance("ECDH");
        ka.init(mine);
        ka.doPhase(theirs, true); // the JDK's ECDH checks that the point is on the curve
        byte[] z = ka.generateSecret();
        try {
            byte[] k = hkdfSha256(uuid(requestId), z, INFO, 32);
            try {
                return new SecretKeySpec(k, "AES");
            } finally {
                Arrays.fill(k, (byte) 0);
            }
        } finally {
            Arrays.fill(z, (byte) 0);
        }
    }

    /** RFC 5869 with SHA-256 (the JDK's KDF API is newer than the release this project targets). */
    static byte[] hkdfSha256(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        for (int done = 0, i = 1; done < length; i++) {
            mac.update(t);
            mac.update(info);
            mac.update((byte) i);
            t = mac.doFinal();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        Arrays.fill(prk, (byte) 0);
        return out;
    }

    private static byte[] nonce(int index) {
        return ByteBuffer.allocate(12).putInt(0).putLong(Integer.toUnsignedLong(index)).array();
    }

    private static byte[] aad(UUID requestId, int index, boolean last) {
        return ByteBuffer.allocate(21).put(uuid(requestId)).putInt(index).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] uuid(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static boolean sameCurve(ECParameterSpec p) {
        return p.getCurve().equals(P256.getCurve()) && p.getGenerator().equals(P256.getGenerator())
                && p.getOrder().equals(P256.getOrder());
    }

    /** The curve's parameters by name: no key pair made at class load just to read them. */
    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec("secp256r1"));
            return p.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no P-256", e);
        }
    }
}
