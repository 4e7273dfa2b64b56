package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemTest {

    @TempDir
    Path dir;

    @Test
    void certificateChainsRoundTripInOrder() throws Exception {
        List<X509Certificate> chain = List.of(TestPki.node("hub-1").certificate(), TestPki.ca(PkiLayout.JLIS_NETWORK));
        Path file = dir.resolve("chain.pem");
        Pem.writeCertificates(file, chain);
        assertThat(Pem.readCertificates(file)).containsExactlyElementsOf(chain);
    }

    @Test
    void ecAndRsaKeysRoundTripAsPkcs8() throws Exception {
        for (String algorithm : List.of("EC", "RSA")) {
            PrivateKey key = KeyPairGenerator.getInstance(algorithm).generateKeyPair().getPrivate();
            Path file = dir.resolve(algorithm + ".key.pem");
            Pem.writePrivateKey(file, key);
            assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\n");
            PrivateKey read = Pem.readPrivateKey(file);
            assertThat(read.getAlgorithm()).isEqualTo(algorithm);
            assertThat(read.getEncoded()).isEqualTo(key.getEncoded());
        }
    }

    @Test
    void aKeyFileIsOwnerOnlyEvenWhenItReplacesAReadableFile() throws Exception {
        Path file = dir.resolve("node.key.pem");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Pem.writePrivateKey(file, KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void garbageIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("garbage.pem");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n");
        assertThatIllegalArgumentException().isThrownBy(() -> Pem.readCertificates(file))
                .withMessageContaining(file.toString());
        assertThatIllegalArgumentException().isThrownBy(() -> Pem.readPrivateKey(file))
                .withMessageContaining(file.toString());
    }

    @Test
    void aFileWithoutTheWantedBlockIsRefusedNamingTheFile() throws Exception {
        Path certificateOnly = dir.resolve("cert.pem");
        Pem.writeCertificates(certificateOnly, List.of(TestPki.ca(PkiLayout.JPKI)));
        assertThatIllegalArgumentException().isThrownBy(() -> Pem.readPrivateKey(certificateOnly))
                .withMessageContaining(certificateOnly.toString()).withMessageContaining("no PRIVATE KEY");
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThatIllegalArgumentException().isThrownBy(() -> Pem.readCertificates(empty))
                .withMessageContaining(empty.toString()).withMessageContaining("no CERTIFICATE");
    }

    @Test
    void aMissingFileIsAnIoExceptionNamingIt() {
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> Pem.readCertificates(missing))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining(missing.toString());
    }
}
