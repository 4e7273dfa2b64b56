package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.ProtocolLimits;

/**
 * Fuzz target: {@link MessageBodies#decode} for every message type. The first input byte is the header's type
 * byte, the rest is the body, so one corpus (a valid body of every type under
 * {@code MessageBodiesFuzzTestInputs/messageBodies}) lets the fuzzer move between types as well as inside them.
 *
 * <p>What must hold: a body is either refused with a {@link MalformedMessageException} (an error code to
 * answer with) or decoded to a message that this build can send again, and the bytes it would send decode to
 * the same message — what a node accepts, it can forward.
 */
class MessageBodiesFuzzTest {

    private static final ProtocolLimits LIMITS = new ProtocolLimits(1 << 16, 256, 2048, 4096, 1 << 20);

    @FuzzTest
    void messageBodies(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int type = input[0] & 0xFF;
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        Message message;
        try {
            message = MessageBodies.decode(type, body, LIMITS);
        } catch (MalformedMessageException e) {
            assertThat(e.errorCode()).isNotNull();
            return;
        }
        assertThat(message.type().code()).isEqualTo(type);
        byte[] again = MessageBodies.encode(message, LIMITS);
        assertThat(again.length).isLessThanOrEqualTo(body.length);
        assertThat(MessageBodies.decode(type, again, LIMITS)).isEqualTo(message);
        assertThat(MessageBodies.encode(MessageBodies.decode(type, again, LIMITS), LIMITS)).isEqualTo(again);
    }
}
