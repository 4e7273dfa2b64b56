package jp.konbini.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Tells whether a private key belongs to a public key, so that a key file and a certificate file that
 * do not go together fail at load time with a clear message rather than as an obscure TLS alert.
 */
public final class KeyMatch {

    private KeyMatch() {
    }

    /** True if {@code privateKey} is the private half of {@code publicKey}. */
    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        if (privateKey instanceof RSAPrivateKey rsaPrivate && publicKey instanceof RSAPublicKey rsaPublic) {
            return rsaPrivate.getModulus().equals(rsaPublic.getModulus());
        }
        // An EC private key does not carry its public point, so prove possession with a signature.
        String algorithm = switch (privateKey.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> privateKey.getAlgorithm();
            default -> null;
        };
        if (algorithm == null || !privateKey.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
