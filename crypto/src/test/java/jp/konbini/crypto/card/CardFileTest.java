package jp.konbini.crypto.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.pki.CertificateAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardFileTest {

    private static final String PIN = "4711";
    private static final String WRONG = "0000";
    private static final byte[] CONTENT = "issue juminhyo for 052019".getBytes(StandardCharsets.UTF_8);

    private static KeyPair keys;
    private static X509Certificate certificate;

    @TempDir
    Path dir;
    private Path file;

    @BeforeAll
    static void issue() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        CertificateAuthority jpki = CertificateAuthority.createRoot("JPKI Test CA", "JPKI", Duration.ofDays(1));
        certificate = jpki.issueCard(keys.getPublic(), "TEST-CARD", Instant.now(), Instant.now().plusSeconds(3600));
    }

    @BeforeEach
    void createCard() throws Exception {
        file = dir.resolve("test.card");
        CardFile.create(file, keys, certificate, PIN);
    }

    @Test
    void theCertificateIsReadableWithoutPin() throws Exception {
        CardFile card = CardFile.open(file);
        assertThat(card.certificate()).isEqualTo(certificate);
        assertThat(card.triesLeft()).isEqualTo(3);
    }

    @Test
    void theRightPinLetsTheCardSignAndTheSignatureVerifies() throws Exception {
        CardFile card = CardFile.open(file);
        assertThat(card.verifyPin(PIN)).isEqualTo(new PinResult.Accepted());
        byte[] signature = card.signDigestInfo(CardSignatures.digestInfoSha256(CONTENT));
        assertThat(CardSignatures.verify(card.certificate(), CONTENT, signature)).isTrue();
    }

    @Test
    void theCardDoesNotSignBeforeThePinIsVerified() throws Exception {
        CardFile card = CardFile.open(file);
        assertThatIllegalStateException().isThrownBy(() -> card.signDigestInfo(CardSignatures.digestInfoSha256(CONTENT)));
    }

    @Test
    void eachWrongPinCostsATry() throws Exception {
        CardFile card = CardFile.open(file);
        assertThat(card.verifyPin(WRONG)).isEqualTo(new PinResult.Wrong(2));
        assertThat(card.verifyPin(WRONG)).isEqualTo(new PinResult.Wrong(1));
        assertThat(card.triesLeft()).isEqualTo(1);
    }

    @Test
    void threeWrongPinsBlockTheCardAndTheRightPinIsThenRefused() throws Exception {
        CardFile card = CardFile.open(file);
        card.verifyPin(WRONG);
        card.verifyPin(WRONG);
        assertThat(card.verifyPin(WRONG)).isEqualTo(new PinResult.Wrong(0));
        assertThat(card.triesLeft()).isZero();

        assertThat(card.verifyPin(PIN)).isEqualTo(new PinResult.Blocked());
        assertThatIllegalStateException().isThrownBy(() -> card.signDigestInfo(CardSignatures.digestInfoSha256(CONTENT)));
    }

    @Test
    void theCounterSurvivesReopening() throws Exception {
        CardFile.open(file).verifyPin(WRONG);
        CardFile.open(file).verifyPin(WRONG);
        assertThat(CardFile.open(file).triesLeft()).isEqualTo(1);
        CardFile.open(file).verifyPin(WRONG);
        assertThat(CardFile.open(file).verifyPin(PIN)).isEqualTo(new PinResult.Blocked());
    }

    @Test
    void theRightPinResetsTheCounter() throws Exception {
        CardFile card = CardFile.open(file);
        card.verifyPin(WRONG);
        card.verifyPin(WRONG);
        assertThat(card.verifyPin(PIN)).isEqualTo(new PinResult.Accepted());
        assertThat(CardFile.open(file).triesLeft()).isEqualTo(3);
    }

    @Test
    void aWrongPinForgetsAnEarlierVerification() throws Exception {
        CardFile card = CardFile.open(file);
        card.verifyPin(PIN);
        card.verifyPin(WRONG);
        assertThatIllegalStateException().isThrownBy(() -> card.signDigestInfo(CardSignatures.digestInfoSha256(CONTENT)));
    }

    @Test
    void aMalformedPinDoesNotTouchTheCounter() throws Exception {
        CardFile card = CardFile.open(file);
        for (String malformed : new String[] {"", "123", "12345", "12a4", "\uff11\uff12\uff13\uff14", " 123"}) {
            assertThat(card.verifyPin(malformed)).isEqualTo(new PinResult.Malformed());
        }
        assertThat(card.triesLeft()).isEqualTo(3);
    }

    @Test
    void theFileStaysOwnerOnlyAndHoldsNoPlainKey() throws Exception {
        CardFile.open(file).verifyPin(WRONG);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String text = Files.readString(file);
        assertThat(text).startsWith("konbini-card 1\n").contains("tries-left: 2").doesNotContain("PRIVATE KEY");
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void aCardIsCreatedOnlyWithAWellFormedPinAndItsOwnKey() throws Exception {
        Path other = dir.resolve("other.card");
        assertThatIllegalArgumentException().isThrownBy(() -> CardFile.create(other, keys, certificate, "12345"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair stranger = generator.generateKeyPair();
        assertThatIllegalArgumentException().isThrownBy(() -> CardFile.create(other, stranger, certificate, PIN));
        assertThat(other).doesNotExist();
    }
}
