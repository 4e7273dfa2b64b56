package jp.konbini.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.card.CardFile;

/**
 * Emulated cards for the kiosk's tests, from a fixed RSA-2048 test key and self-signed certificate in
 * the test resources (the kiosk module cannot mint certificates: only the tools may).
 */
final class TestCards {
    static final String PIN = "1234";

    private TestCards() {
    }

    /** A fresh card file in {@code dir}, PIN {@link #PIN}, 3 tries. */
    static Path create(Path dir) throws IOException {
        Path key = copy("test-card.key.pem", dir);
        X509Certificate certificate = certificate(dir);
        PrivateKey privateKey = Pem.readPrivateKey(key);
        Path card = dir.resolve("test.card");
        CardFile.create(card, new KeyPair(certificate.getPublicKey(), privateKey), certificate, PIN);
        Files.delete(key);
        return card;
    }

    static X509Certificate certificate(Path dir) throws IOException {
        Path crt = copy("test-card.crt.pem", dir);
        try {
            return Pem.readCertificates(crt).getFirst();
        } finally {
            Files.deleteIfExists(crt);
        }
    }

    private static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(resource);
        try (InputStream in = TestCards.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
