package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.ProtocolLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The message pipeline with frames in between (FrameDecoder, MessageCodec); EnvelopeDecoderTest reruns it all. */
class MessageCodecTest {

    static final ProtocolLimits LIMITS = ProtocolLimits.defaults();

    final EmbeddedChannel ch = channel();

    EmbeddedChannel channel() {
        return new EmbeddedChannel(new FrameDecoder(LIMITS.maxFrameLength()), new FrameEncoder(), new MessageCodec(LIMITS));
    }

    static Stream<Envelope> everyMessage() {
        byte[] fullChunk = new byte[LIMITS.maxChunkBytes()];
        Arrays.fill(fullChunk, (byte) 0x5A);
        return Stream.concat(SampleMessages.documented().values().stream(), Stream.of(
                new Envelope(0xFFFF_FFFF, new DocumentChunk(UUID.randomUUID(), 63, false, fullChunk)),
                new Envelope(5, new ChallengeRequest("キオスク-東京-0001", "131016")),
                // ASCII first, then not: the writer's in-place ASCII path must undo what it wrote
                new Envelope(7, new ChallengeRequest("kiosk-0001-東京", "131016"))));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void roundTripsThroughEncoderAndDecoder(Envelope envelope) {
        assertThat(ch.writeOutbound(envelope)).isTrue();
        ByteBuf wire = ch.readOutbound();

        assertThat(ch.writeInbound(wire)).isTrue();

        assertThat((Envelope) ch.readInbound()).isEqualTo(envelope);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void theSamplesCoverEveryMessageType() {
        Set<MessageType> covered = SampleMessages.documented().values().stream()
                .map(e -> e.message().type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MessageType.class)));

        assertThat(covered).isEqualTo(EnumSet.allOf(MessageType.class));
    }

    @Test
    void refusesAnUnknownTypeButKeepsTheConnection() {
        MalformedMessageException e = inboundFailure(Wire.frame(0x55, 9, new byte[0]));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
        assertThat(e.streamId()).hasValue(9);
        assertThat(ch.isOpen()).isTrue();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void refusesAVersionItDoesNotSpeak() {
        byte[] body = Wire.body(Wire.field(0x0001, Wire.int64(7)));

        MalformedMessageException e = inboundFailure(Wire.frame(2, 0x02, 0, body));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_VERSION);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void refusesAPingOnARequestStream() {
        byte[] body = Wire.body(Wire.field(0x0001, Wire.int64(7)));

        MalformedMessageException e = inboundFailure(Wire.frame(0x02, 3, body));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
        assertThat(e.streamId()).hasValue(3);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void refusesARequestOnStreamZero() {
        byte[] body = MessageBodies.encode(SampleMessages.ISSUE_REQUEST);

        MalformedMessageException e = inboundFailure(Wire.frame(0x20, 0, body));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void answersAnUnknownCertificateTypeWithItsOwnCode() {
        byte[] body = MessageBodies.encode(SampleMessages.ISSUE_REQUEST);
        int certificateType = indexOf(body, Wire.field(0x0005, Wire.int32(1)));
        body[certificateType + 6 + 3] = 42;

        MalformedMessageException e = inboundFailure(Wire.frame(0x20, 3, body));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_CERTIFICATE_TYPE);
        assertThat(e.streamId()).hasValue(3);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void keepsDecodingAfterAMalformedMessage() {
        inboundFailure(Wire.frame(0x55, 9, new byte[0]));

        ch.writeInbound(Unpooled.wrappedBuffer(Wire.frame(0x02, 0, Wire.body(Wire.field(1, Wire.int64(7))))));

        assertThat((Envelope) ch.readInbound()).isEqualTo(new Envelope(0, new Ping(7)));
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void failsTheWriteOfAMessageOverItsOwnLimits() {
        Envelope tooLong = new Envelope(1, new ChallengeRequest("k".repeat(LIMITS.maxStringBytes() + 1), "052019"));

        assertThatThrownBy(() -> ch.writeOutbound(tooLong))
                .isInstanceOf(EncoderException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);

        assertThat(ch.finish()).isFalse();
    }

    @Test
    void failsTheWriteOfAMessageOnTheWrongStream() {
        assertThatThrownBy(() -> ch.writeOutbound(new Envelope(0, SampleMessages.ISSUE_REQUEST)))
                .isInstanceOf(EncoderException.class);

        assertThat(ch.finish()).isFalse();
    }

    private MalformedMessageException inboundFailure(byte[] frame) {
        Throwable thrown = catchThrowable(() -> ch.writeInbound(Unpooled.wrappedBuffer(frame)));
        assertThat(thrown).isInstanceOf(MalformedMessageException.class);
        assertThat((Object) ch.readInbound()).isNull();
        return (MalformedMessageException) thrown;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
