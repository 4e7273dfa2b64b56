package jp.konbini.city;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.node.NodeSettings;

/**
 * A city node key and self-signed certificate for tests that take an issuance as far as the signed answer,
 * made with the JDK's own keytool (the city module does not mint certificates).
 */
final class TestCityIdentity {
    private TestCityIdentity() {
    }

    static NodeSettings in(Path dir) {
        Path store = dir.resolve("city-identity.p12");
        try {
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "city", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=city-052019, OU=city", "-validity", "30", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + Files.readString(dir.resolve("keytool.log")));
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, "changeit".toCharArray());
            }
            PrivateKey key = (PrivateKey) keys.getKey("city", "changeit".toCharArray());
            X509Certificate certificate = (X509Certificate) keys.getCertificate("city");
            return new NodeSettings("city-052019", new NodeIdentity(key, List.of(certificate)), List.of(certificate));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a test city identity", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
