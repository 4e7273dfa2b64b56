package jp.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.card.JpkiApplet;
import jp.konbini.crypto.card.PinResult;
import jp.konbini.kiosk.CardAccessException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's card access at APDU level, against the emulated applet: the command bytes are the ones
 * OpenSC's jpki driver (card-jpki.c) sends, and every misbehaviour of a card is a typed error.
 */
class JpkiCardTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String SELECT_JPKI_AP = "00a4040c0ad392f000260100000001";
    private static final String SELECT_EF_000A = "00a4020c02000a";
    private static final String SELECT_EF_0018 = "00a4020c020018";
    private static final String SELECT_EF_0017 = "00a4020c020017";

    @TempDir
    Path dir;
    private Path cardFile;
    private X509Certificate certificate;
    private RecordingChannel channel;

    @BeforeEach
    void insertCard() throws Exception {
        cardFile = TestCards.create(dir);
        certificate = TestCards.certificate(dir);
        channel = new RecordingChannel(new JpkiApplet(CardFile.open(cardFile)));
    }

    @Test
    void opensBySelectingTheApplicationAndReadingTheCertificateInChunksAfterItsHeader() throws Exception {
        JpkiCard card = JpkiCard.open(channel);

        int length = certificate.getEncoded().length;
        List<String> expected = new ArrayList<>(List.of(SELECT_JPKI_AP, SELECT_EF_000A, "00b0000004"));
        for (int offset = 0; offset < length; offset += 256) {
            int chunk = Math.min(256, length - offset);
            expected.add(String.format("00b0%04x%02x", offset, chunk & 0xFF));
        }
        assertThat(channel.commands()).containsExactlyElementsOf(expected);
        assertThat(card.certificate()).isEqualTo(certificate);
    }

    @Test
    void theRightPinIsVerifiedOnEf0018AndTheCardSignsTheDigestInfoWithEf0017() throws Exception {
        JpkiCard card = JpkiCard.open(channel);
        channel.clear();

        assertThat(card.verifyPin(TestCards.PIN)).isEqualTo(new PinResult.Accepted());
        byte[] content = "juminhyo for 052019".getBytes(StandardCharsets.UTF_8);
        byte[] digestInfo = CardSignatures.digestInfoSha256(content);
        byte[] signature = card.signDigestInfo(digestInfo);

        assertThat(channel.commands()).containsExactly(
                SELECT_EF_0018, "002000800431323334",
                SELECT_EF_0017, "802a008033" + HEX.formatHex(digestInfo) + "00");
        assertThat(HEX.formatHex(digestInfo)).startsWith("3031300d060960864801650304020105000420");
        assertThat(CardSignatures.verify(certificate, content, signature)).isTrue();
    }

    @Test
    void threeWrongPinsLockTheCardThroughApdusAndItStaysLocked() throws Exception {
        JpkiCard card = JpkiCard.open(channel);

        assertThat(card.verifyPin("0000")).isEqualTo(new PinResult.Wrong(2));
        assertThat(card.verifyPin("0000")).isEqualTo(new PinResult.Wrong(1));
        assertThat(card.verifyPin("0000")).isEqualTo(new PinResult.Wrong(0));
        assertThat(card.verifyPin(TestCards.PIN)).isEqualTo(new PinResult.Blocked());

        JpkiCard again = JpkiCard.open(new JpkiApplet(CardFile.open(cardFile)));
        assertThat(again.verifyPin(TestCards.PIN)).isEqualTo(new PinResult.Blocked());
        assertThat(CardFile.open(cardFile).triesLeft()).isZero();
    }

    @Test
    void aMalformedPinNeverReachesTheCard() throws Exception {
        JpkiCard card = JpkiCard.open(channel);
        channel.clear();

        assertThat(card.verifyPin("12a4")).isEqualTo(new PinResult.Malformed());
        assertThat(card.verifyPin("12345")).isEqualTo(new PinResult.Malformed());
        assertThat(channel.commands()).isEmpty();
        assertThat(CardFile.open(cardFile).triesLeft()).isEqualTo(CardFile.MAX_TRIES);
    }

    @Test
    void aCardWithoutTheJpkiApplicationIsNotAJpkiCard() {
        channel.tamper((command, response) -> command.equals(SELECT_JPKI_AP) ? HEX.parseHex("6a82") : response);

        assertThatThrownBy(() -> JpkiCard.open(channel)).isInstanceOfSatisfying(CardAccessException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_JPKI_CARD));
    }

    @Test
    void aResponseWithoutAStatusWordIsMalformed() {
        channel.tamper((command, response) -> command.equals(SELECT_EF_000A) ? new byte[] {(byte) 0x90} : response);

        assertProblem(() -> JpkiCard.open(channel), Problem.MALFORMED_RESPONSE);
    }

    @Test
    void aChunkLongerThanAskedIsMalformed() {
        channel.tamper((command, response) -> command.equals("00b0000004")
                ? HEX.parseHex("3082050000009000") : response);

        assertProblem(() -> JpkiCard.open(channel), Problem.MALFORMED_RESPONSE);
    }

    @Test
    void aCertificateFileWithoutADerHeaderIsMalformed() {
        channel.tamper((command, response) -> command.equals("00b0000004") ? HEX.parseHex("041000009000") : response);

        assertProblem(() -> JpkiCard.open(channel), Problem.MALFORMED_RESPONSE);
    }

    @Test
    void anUnknownStatusWordToVerifyIsUnexpected() throws Exception {
        JpkiCard card = JpkiCard.open(channel);
        channel.tamper((command, response) -> command.startsWith("00200080") ? HEX.parseHex("6f00") : response);

        assertProblem(() -> card.verifyPin(TestCards.PIN), Problem.UNEXPECTED_STATUS);
    }

    @Test
    void aSignatureOfTheWrongLengthIsMalformed() throws Exception {
        JpkiCard card = JpkiCard.open(channel);
        card.verifyPin(TestCards.PIN);
        channel.tamper((command, response) -> command.startsWith("802a0080")
                ? Arrays.copyOfRange(response, 1, response.length) : response);

        assertProblem(() -> card.signDigestInfo(CardSignatures.digestInfoSha256(new byte[] {1})), Problem.MALFORMED_RESPONSE);
    }

    @Test
    void signingWithoutAVerifiedPinIsRefusedByTheCard() throws Exception {
        JpkiCard card = JpkiCard.open(channel);

        assertThatThrownBy(() -> card.signDigestInfo(CardSignatures.digestInfoSha256(new byte[] {1})))
                .isInstanceOfSatisfying(CardAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_STATUS);
                    assertThat(e.getMessage()).contains("6982");
                });
    }

    @Test
    void aReaderThatStopsAnsweringIsUnreachable() {
        JpkiCard.open(channel);
        RecordingChannel gone = new RecordingChannel(command -> {
            throw new IOException("card removed");
        });

        assertProblem(() -> JpkiCard.open(gone), Problem.UNREACHABLE);
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CardAccessException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
