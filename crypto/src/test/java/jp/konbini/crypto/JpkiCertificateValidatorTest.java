package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import jp.konbini.crypto.CardCertificateVerdict.Invalid;
import jp.konbini.crypto.CardCertificateVerdict.Reason;
import jp.konbini.crypto.CardCertificateVerdict.Valid;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.pki.CertificateAuthority;
import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.Test;

class JpkiCertificateValidatorTest {

    private final PkiLayout pki = TestPki.layout();
    private final X509Certificate jpkiRoot = TestPki.ca(PkiLayout.JPKI);
    private final JpkiCertificateValidator validator = new JpkiCertificateValidator(List.of(jpkiRoot), Clock.systemUTC());

    @Test
    void aCurrentCardOfTheJpkiRootIsValid() throws Exception {
        X509Certificate card = CardFile.open(pki.cardFile(1)).certificate();
        assertThat(validator.validate(card.getEncoded())).isEqualTo(new Valid(card));
    }

    @Test
    void anExpiredCardIsRefused() throws Exception {
        assertThat(reasonFor(CardFile.open(pki.expiredCard()).certificate().getEncoded())).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aCardOfAForeignCaIsRefused() throws Exception {
        assertThat(reasonFor(CardFile.open(pki.foreignCard()).certificate().getEncoded())).isEqualTo(Reason.UNKNOWN_ISSUER);
    }

    @Test
    void aCardSignedByAnImpostorWithTheRootsNameIsRefused() throws Exception {
        X509Certificate genuine = CardFile.open(pki.cardFile(1)).certificate();
        CertificateAuthority impostor = CertificateAuthority.createRoot("JPKI User Authentication Root CA", "JPKI",
                Duration.ofDays(1));
        X509Certificate forged = impostor.issueCard(genuine.getPublicKey(), "FORGED",
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        assertThat(forged.getIssuerX500Principal()).isEqualTo(jpkiRoot.getSubjectX500Principal());
        assertThat(reasonFor(forged.getEncoded())).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aCardIsNotYetValidBeforeItsValidityBegins() throws Exception {
        X509Certificate card = CardFile.open(pki.cardFile(1)).certificate();
        Clock longAgo = Clock.fixed(card.getNotBefore().toInstant().minusSeconds(1), ZoneOffset.UTC);
        assertThat(new JpkiCertificateValidator(List.of(jpkiRoot), longAgo).validate(card.getEncoded()))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.reason()).isEqualTo(Reason.NOT_YET_VALID));
    }

    @Test
    void aCertificateWithoutDigitalSignatureIsRefused() throws Exception {
        // The root is issued by itself but may only sign certificates.
        assertThat(reasonFor(jpkiRoot.getEncoded())).isEqualTo(Reason.WRONG_KEY_USAGE);
    }

    @Test
    void bytesThatAreNotOneDerCertificateAreUnparseable() throws Exception {
        byte[] card = CardFile.open(pki.cardFile(1)).certificate().getEncoded();
        assertThat(reasonFor(new byte[0])).isEqualTo(Reason.UNPARSEABLE);
        assertThat(reasonFor(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00})).isEqualTo(Reason.UNPARSEABLE);
        assertThat(reasonFor(Arrays.copyOf(card, card.length - 1))).isEqualTo(Reason.UNPARSEABLE);
        assertThat(reasonFor(Arrays.copyOf(card, card.length + 1))).isEqualTo(Reason.UNPARSEABLE);
    }

    private Reason reasonFor(byte[] der) {
        CardCertificateVerdict verdict = validator.validate(der);
        assertThat(verdict).isInstanceOf(Invalid.class);
        return ((Invalid) verdict).reason();
    }
}
