package jp.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.card.CardChannelPort;
import jp.konbini.crypto.card.PinResult;

/**
 * Fuzz target: the kiosk's JPKI card access ({@link JpkiCard}) against a card that answers whatever the fuzzer
 * chooses. A card is outside bytes (a forged or broken card in the reader); whatever it answers, the kiosk gets a
 * card, a {@link PinResult} or a {@link CardAccessException}, never another exception, and never allocates more
 * than the certificate limit.
 *
 * <p>Input: the card's responses in order, each a two-byte big-endian length and that many bytes (a length past
 * the end takes what is left). When they run out the card is "removed" (an {@link IOException}). One session:
 * open (SELECT AP, SELECT EF 000A, READ BINARY...), VERIFY PIN, COMPUTE DIGITAL SIGNATURE. Seeds under
 * {@code JpkiCardFuzzTestInputs/cardResponses} are the emulated applet's real answers (test card, PIN public).
 */
class JpkiCardFuzzTest {

    private static final byte[] DIGEST_INFO = CardSignatures.digestInfoSha256("fuzz".getBytes(StandardCharsets.UTF_8));

    @FuzzTest
    void cardResponses(byte[] responses) {
        ScriptedCard channel = new ScriptedCard(responses);
        try {
            JpkiCard card = JpkiCard.open(channel);
            assertThat(card.certificate()).isNotNull();
            PinResult pin = card.verifyPin(TestCards.PIN);
            assertThat(pin).isNotNull().isNotInstanceOf(PinResult.Malformed.class);
            if (pin instanceof PinResult.Wrong wrong) {
                assertThat(wrong.triesLeft()).isBetween(0, 15);
            }
            assertThat(card.signDigestInfo(DIGEST_INFO)).hasSize(256);
        } catch (CardAccessException e) {
            assertThat(e.problem()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** A card whose answers are scripted: the fuzzer's bytes, one response after another. */
    private static final class ScriptedCard implements CardChannelPort {
        private final byte[] script;
        private int position;

        ScriptedCard(byte[] script) {
            this.script = script;
        }

        @Override
        public byte[] transmit(byte[] commandApdu) throws IOException {
            if (script.length - position < 2) {
                throw new IOException("card removed");
            }
            int length = (script[position] & 0xFF) << 8 | (script[position + 1] & 0xFF);
            position += 2;
            int n = Math.min(length, script.length - position);
            byte[] response = java.util.Arrays.copyOfRange(script, position, position + n);
            position += n;
            return response;
        }
    }
}
