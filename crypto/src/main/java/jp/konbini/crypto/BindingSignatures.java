package jp.konbini.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

/**
 * The signatures a city and the hub put on an issue response's binding (PROTOCOL.md, "Binding of ISSUE_RESPONSE"),
 * made with the node's own TLS key, so that the certificate that already identifies the node on the wire also
 * vouches for what it answered. ECDSA for the network's P-256 keys; RSA PKCS#1 v1.5 for a loaded RSA key.
 */
public final class BindingSignatures {
    private BindingSignatures() {
    }

    /** {@code identity}'s signature over {@code content}. */
    public static byte[] sign(NodeIdentity identity, byte[] content) {
        PrivateKey key = identity.privateKey();
        try {
            Signature s = Signature.getInstance(algorithm(key.getAlgorithm()));
            s.initSign(key);
            s.update(content);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the node's " + key.getAlgorithm() + " key", e);
        }
    }

    /** Whether {@code signature} is {@code certificate}'s key's signature over {@code content}; never throws. */
    public static boolean verify(X509Certificate certificate, byte[] content, byte[] signature) {
        PublicKey key = certificate.getPublicKey();
        if (signature.length == 0) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(algorithm(key.getAlgorithm()));
            s.initVerify(key);
            s.update(content);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a malformed signature (bad DER) is a failed check, not an error
            return false;
        }
    }

    private static String algorithm(String keyAlgorithm) throws GeneralSecurityException {
        return switch (keyAlgorithm) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new GeneralSecurityException("no binding signature for " + keyAlgorithm + " keys");
        };
    }
}
