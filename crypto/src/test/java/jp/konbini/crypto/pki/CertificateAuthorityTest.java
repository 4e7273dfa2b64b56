package jp.konbini.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.konbini.crypto.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final CertificateAuthority jlis = CertificateAuthority.createRoot("J-LIS Network Root CA", "J-LIS Network",
            Duration.ofDays(30));

    @Test
    void aRootIsASelfSignedEcCa() throws Exception {
        X509Certificate root = jlis.certificate();
        assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=J-LIS Network Root CA,O=J-LIS Network");
        assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        assertThat(root.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(root.getBasicConstraints()).isZero();
        root.verify(root.getPublicKey());
    }

    @Test
    void aNodeCertificateCarriesRoleAsOuAndNodeIdAsCn() throws Exception {
        X509Certificate hub = jlis.issueNode(Role.HUB, "hub-1", ecKey(), List.of("127.0.0.1", "localhost", "hub-1"),
                Duration.ofDays(1));
        hub.verify(jlis.certificate().getPublicKey());
        assertThat(hub.getSubjectX500Principal().getName()).isEqualTo("CN=hub-1,OU=hub,O=J-LIS Network");
        assertThat(hub.getExtendedKeyUsage()).containsExactly(SERVER_AUTH, CLIENT_AUTH);
        assertThat(hub.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(hub.getBasicConstraints()).isEqualTo(-1);
        assertThat(hub.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(7, "127.0.0.1"), List.of(2, "localhost"), List.of(2, "hub-1"));
    }

    @Test
    void ipv6AlternativeNamesBecomeIpAddresses() throws Exception {
        X509Certificate city = jlis.issueNode(Role.CITY, "city-052019", ecKey(), List.of("::1"), Duration.ofDays(1));
        assertThat(city.getSubjectAlternativeNames()).singleElement()
                .satisfies(name -> assertThat(name.get(0)).isEqualTo(7));
    }

    @Test
    void badNodeIdsAndNamesAreRefused() throws Exception {
        PublicKey key = ecKey();
        assertThatIllegalArgumentException().isThrownBy(
                () -> jlis.issueNode(Role.HUB, "../etc", key, List.of(), Duration.ofDays(1)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> jlis.issueNode(Role.HUB, "hub-1", key, List.of("not a name"), Duration.ofDays(1)));
    }

    @Test
    void aCardCertificateNamesNoPersonAndServesClientAuthentication() throws Exception {
        CertificateAuthority jpki = CertificateAuthority.createRoot("JPKI Test CA", "JPKI", Duration.ofDays(1));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Instant from = Instant.parse("2025-04-01T00:00:00Z");
        X509Certificate card = jpki.issueCard(rsa.generateKeyPair().getPublic(), "JPKI-UA-0001", from,
                from.plus(Duration.ofDays(365)));
        assertThat(card.getSubjectX500Principal().getName()).isEqualTo("CN=JPKI-UA-0001,C=JP");
        assertThat(card.getSubjectAlternativeNames()).isNull();
        assertThat(card.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        assertThat(card.getKeyUsage()[0]).isTrue();
        assertThat(card.getNotBefore().toInstant()).isEqualTo(from);
        assertThatIllegalArgumentException().isThrownBy(() -> jpki.issueCard(ecKey(), "X", from, from.plusSeconds(1)));
    }

    @Test
    void savesAndLoadsWithAnOwnerOnlyKey(@TempDir Path dir) throws Exception {
        Path caDir = dir.resolve("ca");
        jlis.save(caDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(caDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(caDir.resolve("ca.key.pem"))))
                .isEqualTo("rw-------");
        CertificateAuthority loaded = CertificateAuthority.load(caDir);
        assertThat(loaded.certificate()).isEqualTo(jlis.certificate());
        loaded.issueNode(Role.RELAY, "relay-1", ecKey(), List.of(), Duration.ofDays(1))
                .verify(jlis.certificate().getPublicKey());
    }

    private static PublicKey ecKey() throws Exception {
        return KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic();
    }
}
