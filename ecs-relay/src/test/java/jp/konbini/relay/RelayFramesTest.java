package jp.konbini.relay;

import static org.assertj.core.api.Assertions.assertThat;

import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import org.junit.jupiter.api.Test;

class RelayFramesTest {
    @Test
    void an_error_frame_gives_its_code_for_the_timing_line() {
        assertThat(RelayFrames.errorCode(RelayFrames.error(3, ErrorCode.CARD_UNKNOWN, "no such card")))
                .contains(ErrorCode.CARD_UNKNOWN);
    }

    @Test
    void any_other_frame_gives_none() {
        Frame ack = new Frame(ProtocolVersion.CURRENT, MessageType.PRINT_ACK.code(), 0, 3, new byte[] {1, 2, 3});

        assertThat(RelayFrames.errorCode(ack)).isEmpty();
    }

    @Test
    void a_malformed_error_body_counts_as_a_bad_frame() {
        Frame broken = new Frame(ProtocolVersion.CURRENT, MessageType.ERROR.code(), 0, 3, new byte[] {(byte) 0xFF});

        assertThat(RelayFrames.errorCode(broken)).contains(ErrorCode.BAD_FRAME);
    }
}
