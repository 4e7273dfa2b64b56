package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec skips copies (frames send big fields from the record, decoded records keep the array the codec
 * filled) without changing a byte on the wire and without letting anyone change a message it handled.
 */
class CopyFreeCodecTest {

    private static final ProtocolLimits LIMITS = ProtocolLimits.defaults();
    private static final UUID ID = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");

    static Stream<Envelope> messagesSmallAndBig() {
        byte[] certificate = new byte[1536];
        Arrays.fill(certificate, (byte) 0x30);
        IssueRequest request = SampleMessages.ISSUE_REQUEST;
        IssueRequest bigCertificate = new IssueRequest(request.requestId(), request.challengeNonce(),
                request.kioskId(), request.cityCode(), request.certificateType(), request.options(), request.copies(),
                certificate, new byte[256], request.kioskKey());
        return Stream.concat(SampleMessages.documented().values().stream(), Stream.of(
                new Envelope(7, bigCertificate),
                new Envelope(7, chunk(BodyWriter.VIEW_FROM - 1)),
                new Envelope(7, chunk(BodyWriter.VIEW_FROM)),
                new Envelope(0xFFFF_FFFF, chunk(LIMITS.maxChunkBytes()))));
    }

    @ParameterizedTest
    @MethodSource("messagesSmallAndBig")
    void theCodecWritesExactlyTheHeaderAndTheBodyOfMessageBodies(Envelope envelope) {
        EmbeddedChannel ch = new EmbeddedChannel(new MessageCodec(LIMITS));
        Message m = envelope.message();

        ch.writeOutbound(envelope);
        ByteBuf written = ch.readOutbound();

        byte[] expected = Wire.frame(ProtocolVersion.CURRENT, m.type().code(), envelope.streamId(),
                MessageBodies.encode(m));
        assertThat(ByteBufUtil.getBytes(written)).isEqualTo(expected);
        written.release();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void aFrameCannotBeUsedToChangeTheRecordItWasMadeFrom() {
        DocumentChunk chunk = chunk(LIMITS.maxChunkBytes());
        ByteBuf frame = MessageBodies.frame(7, chunk, LIMITS);

        int last = frame.writerIndex() - 1;
        assertThatThrownBy(() -> frame.setByte(last, 0)).isInstanceOf(ReadOnlyBufferException.class);
        frame.release();

        assertThat(chunk.data()).containsOnly((byte) 0x5A);
    }

    @Test
    void aDecodedRecordSharesNothingWithTheBodyItCameFrom() {
        byte[] body = MessageBodies.encode(chunk(4096));

        DocumentChunk decoded = (DocumentChunk) MessageBodies.decode(0x22, body, LIMITS);
        Arrays.fill(body, (byte) 0);

        assertThat(decoded.data()).hasSize(4096).containsOnly((byte) 0x5A);
    }

    @Test
    void aDecodedRecordStillHandsOutCopies() {
        DocumentChunk decoded = (DocumentChunk) MessageBodies.decode(0x22, MessageBodies.encode(chunk(16)), LIMITS);

        decoded.data()[0] = 0;

        assertThat(decoded.data()).containsOnly((byte) 0x5A);
    }

    private static DocumentChunk chunk(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) 0x5A);
        return new DocumentChunk(ID, 3, false, data);
    }
}
