package jp.konbini.crypto;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;

/**
 * Signatures made by the JPKI card's user-authentication key. The card signs a DigestInfo it is
 * given ({@code 80 2A 00 80}, RSA PKCS#1 v1.5), so signing {@link #digestInfoSha256(byte[])} on the
 * card yields exactly a {@code SHA256withRSA} signature of the content, checked by {@link #verify}.
 */
public final class CardSignatures {

    // DER of DigestInfo { AlgorithmIdentifier { id-sha256, NULL }, OCTET STRING (32 bytes) } up to the hash.
    private static final byte[] SHA256_DIGEST_INFO_PREFIX = Digests.unhex("3031300d060960864801650304020105000420");

    private CardSignatures() {
    }

    /** The DER DigestInfo of SHA-256({@code content}): what the kiosk sends to the card to be signed. */
    public static byte[] digestInfoSha256(byte[] content) {
        byte[] digest = Digests.sha256(content);
        byte[] digestInfo = new byte[SHA256_DIGEST_INFO_PREFIX.length + digest.length];
        System.arraycopy(SHA256_DIGEST_INFO_PREFIX, 0, digestInfo, 0, SHA256_DIGEST_INFO_PREFIX.length);
        System.arraycopy(digest, 0, digestInfo, SHA256_DIGEST_INFO_PREFIX.length, digest.length);
        return digestInfo;
    }

    /**
     * True if {@code signature} is a SHA256withRSA (PKCS#1 v1.5) signature of {@code content} by the key
     * of {@code cardCert}. A malformed signature or a non-RSA key is simply not valid: false.
     */
    public static boolean verify(X509Certificate cardCert, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(cardCert.getPublicKey());
            verifier.update(content);
            return verifier.verify(signature);
        } catch (InvalidKeyException | SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA256withRSA", e);
        }
    }
}
