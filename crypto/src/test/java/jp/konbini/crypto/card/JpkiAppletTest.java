package jp.konbini.crypto.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.pki.CertificateAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulated JPKI applet, driven with the command bytes OpenSC's jpki driver sends. */
class JpkiAppletTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String SELECT_JPKI_AP = "00a4040c0ad392f000260100000001";
    private static final String SELECT_EF_CERTIFICATE = "00a4020c02000a";
    private static final String SELECT_EF_PIN = "00a4020c020018";
    private static final String SELECT_EF_KEY = "00a4020c020017";
    private static final String VERIFY_1234 = "002000800431323334";
    private static final String VERIFY_0000 = "002000800430303030";
    private static final String TRIES_LEFT = "00200080";

    private static KeyPair keys;
    private static X509Certificate certificate;

    @TempDir
    Path dir;
    private JpkiApplet applet;
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
    void insertCard() throws Exception {
        file = dir.resolve("test.card");
        CardFile.create(file, keys, certificate, "1234");
        applet = new JpkiApplet(CardFile.open(file));
    }

    private String send(String hex) {
        return HEX.formatHex(applet.transmit(HEX.parseHex(hex)));
    }

    @Test
    void selectsTheJpkiApplicationByItsAid() {
        assertThat(send(SELECT_JPKI_AP)).isEqualTo("9000");
        assertThat(HEX.formatHex(JpkiApplet.aid())).isEqualTo("d392f000260100000001");
    }

    @Test
    void anotherAidIsNotFound() {
        assertThat(send("00a4040c0ad392f000260100000002")).isEqualTo("6a82");
    }

    @Test
    void efsAreNotFoundBeforeTheApplicationIsSelected() {
        assertThat(send(SELECT_EF_CERTIFICATE)).isEqualTo("6a82");
    }

    @Test
    void theCertificateIsReadInChunksAfterItsDerHeader() throws Exception {
        send(SELECT_JPKI_AP);
        assertThat(send(SELECT_EF_CERTIFICATE)).isEqualTo("9000");
        String header = send("00b0000004");
        assertThat(header).startsWith("3082").endsWith("9000").hasSize(12);
        int length = Integer.parseInt(header.substring(4, 8), 16) + 4;
        byte[] der = certificate.getEncoded();
        assertThat(length).isEqualTo(der.length);
        String firstChunk = send("00b0000000");
        assertThat(firstChunk).hasSize(2 * 256 + 4).endsWith("9000");
        assertThat(firstChunk.substring(0, 512)).isEqualTo(HEX.formatHex(der, 0, 256));
        String tail = send("00b0" + String.format("%04x", 256 * (der.length / 256)) + "00");
        assertThat(tail).isEqualTo(HEX.formatHex(der, 256 * (der.length / 256), der.length) + "9000");
    }

    @Test
    void readingBeyondTheEndIsAWrongOffset() throws Exception {
        send(SELECT_JPKI_AP);
        send(SELECT_EF_CERTIFICATE);
        assertThat(send("00b0" + String.format("%04x", certificate.getEncoded().length) + "10")).isEqualTo("6b00");
    }

    @Test
    void theKeyAndPinEfsCannotBeRead() {
        send(SELECT_JPKI_AP);
        send(SELECT_EF_KEY);
        assertThat(send("00b0000004")).isEqualTo("6986");
    }

    @Test
    void theRightPinThenCompute_digitalSignatureSignsTheDigestInfo() throws Exception {
        send(SELECT_JPKI_AP);
        assertThat(send(SELECT_EF_PIN)).isEqualTo("9000");
        assertThat(send(VERIFY_1234)).isEqualTo("9000");
        assertThat(send(SELECT_EF_KEY)).isEqualTo("9000");
        byte[] content = "issue juminhyo".getBytes(StandardCharsets.UTF_8);
        byte[] digestInfo = CardSignatures.digestInfoSha256(content);
        String response = send("802a0080" + String.format("%02x", digestInfo.length) + HEX.formatHex(digestInfo) + "00");
        assertThat(response).hasSize(2 * 256 + 4).endsWith("9000");
        byte[] signature = HEX.parseHex(response.substring(0, 512));
        assertThat(CardSignatures.verify(certificate, content, signature)).isTrue();
    }

    @Test
    void signingWithoutThePinIsRefusedWithSecurityStatusNotSatisfied() {
        send(SELECT_JPKI_AP);
        send(SELECT_EF_KEY);
        assertThat(send("802a0080033031320" + "0")).isEqualTo("6982");
    }

    @Test
    void threeWrongPinsCountDownAndThenTheCardAnswersBlocked() throws Exception {
        send(SELECT_JPKI_AP);
        send(SELECT_EF_PIN);
        assertThat(send(TRIES_LEFT)).isEqualTo("63c3");
        assertThat(send(VERIFY_0000)).isEqualTo("63c2");
        assertThat(send(VERIFY_0000)).isEqualTo("63c1");
        assertThat(send(VERIFY_0000)).isEqualTo("63c0");
        assertThat(send(VERIFY_1234)).isEqualTo("6984");
        assertThat(send(TRIES_LEFT)).isEqualTo("6984");
        // The counter is in the card file: the card stays blocked when it is put in again.
        JpkiApplet again = new JpkiApplet(CardFile.open(file));
        again.transmit(HEX.parseHex(SELECT_JPKI_AP));
        again.transmit(HEX.parseHex(SELECT_EF_PIN));
        assertThat(HEX.formatHex(again.transmit(HEX.parseHex(VERIFY_1234)))).isEqualTo("6984");
    }

    @Test
    void aResetForgetsTheVerifiedPin() {
        send(SELECT_JPKI_AP);
        send(SELECT_EF_PIN);
        send(VERIFY_1234);
        applet.reset();
        send(SELECT_JPKI_AP);
        send(SELECT_EF_KEY);
        assertThat(send("802a008003303132" + "00")).isEqualTo("6982");
    }

    @Test
    void malformedCommandsGetStatusWordsNotExceptions() {
        assertThat(send("00a4")).isEqualTo("6700");
        assertThat(send("00a4040c0ad392")).isEqualTo("6700");
        assertThat(send("00ca000000")).isEqualTo("6d00");
        assertThat(send("b0b0000004")).isEqualTo("6e00");
        send(SELECT_JPKI_AP);
        send(SELECT_EF_PIN);
        assertThat(send("00200080033132")).isEqualTo("6700");
        assertThat(send("0020008003313233")).isEqualTo("6a80");
        assertThat(send(TRIES_LEFT)).isEqualTo("63c3");
    }

    @Test
    void theAtrIsTheOneOpenScMatchesForJpki() {
        assertThat(HEX.formatHex(JpkiApplet.atr())).isEqualTo("3be000ff8131fe4514");
    }
}
