package jp.konbini.crypto.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.internal.SecureFiles;

/**
 * The keys of the printed certificate's paper security, held by the hub (as J-LIS holds them): the
 * master scramble key (32 random bytes, hex) from which each certificate's scramble key is derived, and
 * the ECDSA P-256 key that signs the code on the back (PKCS#8 PEM) with its public key (SPKI PEM) for the
 * verification site.
 */
public final class PaperKeys {
    public static final String DIRECTORY = "paper";
    public static final String SCRAMBLE_KEY_FILE = "scramble.key";
    public static final String SEAL_KEY_FILE = "seal.key.pem";
    public static final String SEAL_PUBLIC_KEY_FILE = "seal.pub.pem";

    private PaperKeys() {
    }

    /** Writes the three files into {@code dir} (created private). */
    public static void create(Path dir) throws IOException {
        SecureFiles.createPrivateDirectory(dir);
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        SecureFiles.writeSecret(dir.resolve(SCRAMBLE_KEY_FILE),
                (HexFormat.of().formatHex(master) + "\n").getBytes(StandardCharsets.US_ASCII));
        KeyPair seal = KeyPairs.ecP256();
        Pem.writePrivateKey(dir.resolve(SEAL_KEY_FILE), seal.getPrivate());
        String spki = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(seal.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        java.nio.file.Files.writeString(dir.resolve(SEAL_PUBLIC_KEY_FILE), spki, StandardCharsets.US_ASCII);
    }
}
