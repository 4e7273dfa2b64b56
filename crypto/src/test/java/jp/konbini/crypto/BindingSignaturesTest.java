package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BindingSignaturesTest {
    private static final byte[] CONTENT = "JLIS binding".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aNodesSignatureVerifiesWithItsCertificateOnly() {
        NodeIdentity city = TestPki.node("city-052019");
        NodeIdentity other = TestPki.node("city-052035");
        byte[] sig = BindingSignatures.sign(city, CONTENT);

        assertThat(BindingSignatures.verify(city.certificate(), CONTENT, sig)).isTrue();
        assertThat(BindingSignatures.verify(other.certificate(), CONTENT, sig)).isFalse();
        assertThat(BindingSignatures.verify(city.certificate(), "JLIS bindinG".getBytes(StandardCharsets.US_ASCII), sig))
                .isFalse();
        assertThat(BindingSignatures.verify(city.certificate(), CONTENT, new byte[0])).isFalse();
        assertThat(BindingSignatures.verify(city.certificate(), CONTENT, new byte[] {0x30, 0x01, 0x00})).isFalse();
    }

    @Test
    void theKioskAcceptsOnlyTheHubsCertificateFromItsOwnRoot() throws Exception {
        List<X509Certificate> network = List.of(TestPki.ca("jlis-network"));
        byte[] hub = TestPki.node("hub-1").certificate().getEncoded();
        byte[] relay = TestPki.node("relay-1").certificate().getEncoded();
        Instant now = Instant.now();

        assertThat(BindingCertificates.issuedFor(hub, network, Role.HUB, now)).isPresent();
        assertThat(BindingCertificates.issuedFor(relay, network, Role.HUB, now)).as("a relay cannot vouch").isEmpty();
        assertThat(BindingCertificates.issuedFor(hub, List.of(TestPki.ca("store-operator")), Role.HUB, now))
                .as("another root").isEmpty();
        assertThat(BindingCertificates.issuedFor(hub, network, Role.HUB, now.plusSeconds(40L * 366 * 24 * 3600)))
                .as("expired").isEmpty();
        assertThat(BindingCertificates.issuedFor(new byte[] {1, 2, 3}, network, Role.HUB, now)).isEmpty();
    }
}
