package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import jp.konbini.crypto.pki.CertificateAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CardSignaturesTest {

    private static final byte[] CONTENT = "challenge|kiosk-0001|052019|juminhyo|1".getBytes(StandardCharsets.UTF_8);
    private static KeyPair card;
    private static X509Certificate certificate;

    @BeforeAll
    static void issueACard() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        card = generator.generateKeyPair();
        CertificateAuthority jpki = CertificateAuthority.createRoot("JPKI Test CA", "JPKI", Duration.ofDays(1));
        certificate = jpki.issueCard(card.getPublic(), "TEST-1", Instant.now(), Instant.now().plusSeconds(3600));
    }

    @Test
    void digestInfoIsTheDerOfSha256AndTheDigest() {
        byte[] digestInfo = CardSignatures.digestInfoSha256(CONTENT);
        assertThat(digestInfo).hasSize(51);
        assertThat(Digests.hex(Arrays.copyOf(digestInfo, 19))).isEqualTo("3031300d060960864801650304020105000420");
        assertThat(Arrays.copyOfRange(digestInfo, 19, 51)).isEqualTo(Digests.sha256(CONTENT));
    }

    @Test
    void aRawPkcs1SignatureOfTheDigestInfoVerifiesAsSha256WithRsa() throws Exception {
        Signature raw = Signature.getInstance("NONEwithRSA");
        raw.initSign(card.getPrivate());
        raw.update(CardSignatures.digestInfoSha256(CONTENT));
        byte[] signature = raw.sign();

        assertThat(CardSignatures.verify(certificate, CONTENT, signature)).isTrue();
    }

    @Test
    void otherContentOrAGarbledSignatureDoesNotVerify() throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(card.getPrivate());
        signer.update(CONTENT);
        byte[] signature = signer.sign();

        assertThat(CardSignatures.verify(certificate, "other".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(CardSignatures.verify(certificate, CONTENT, new byte[] {1, 2, 3})).isFalse();
    }
}
