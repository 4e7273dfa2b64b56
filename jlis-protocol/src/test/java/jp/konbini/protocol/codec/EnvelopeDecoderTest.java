package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.Arrays;
import java.util.UUID;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.Ping;
import org.junit.jupiter.api.Test;

/**
 * Every MessageCodecTest case again, with the EnvelopeDecoder that kiosk, hub and city run in front of the codec,
 * and what is its own: bodies decoded where they arrived, from any buffer, byte by byte too, never shared.
 */
class EnvelopeDecoderTest extends MessageCodecTest {

    @Override
    EmbeddedChannel channel() {
        return new EmbeddedChannel(new EnvelopeDecoder(LIMITS), new FrameEncoder(), new MessageCodec(LIMITS));
    }

    @Test
    void decodesAFrameThatArrivesOneByteAtATime() {
        byte[] wire = bytesOf(MessageBodies.frame(7, SampleMessages.ISSUE_REQUEST, LIMITS));

        for (int i = 0; i < wire.length - 1; i++) {
            assertThat(ch.writeInbound(Unpooled.wrappedBuffer(wire, i, 1))).isFalse();
        }
        ch.writeInbound(Unpooled.wrappedBuffer(wire, wire.length - 1, 1));

        assertThat((Envelope) ch.readInbound()).isEqualTo(new Envelope(7, SampleMessages.ISSUE_REQUEST));
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void decodesFromPooledDirectMemoryAndReleasesIt() {
        DocumentChunk chunk = new DocumentChunk(UUID.randomUUID(), 2, true, filled(LIMITS.maxChunkBytes(), 0x33));
        ByteBuf frame = MessageBodies.frame(5, chunk, LIMITS);
        ByteBuf direct = PooledByteBufAllocator.DEFAULT.directBuffer(frame.readableBytes());
        direct.writeBytes(frame);
        frame.release();

        ch.writeInbound(direct);

        assertThat((Envelope) ch.readInbound()).isEqualTo(new Envelope(5, chunk));
        assertThat(direct.refCnt()).isZero();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void aDecodedMessageSharesNoMemoryWithTheBufferItCameIn() {
        byte[] data = filled(4096, 0x41);
        byte[] wire = bytesOf(MessageBodies.frame(3, new DocumentChunk(new UUID(1, 2), 0, true, data), LIMITS));
        ByteBuf in = Unpooled.wrappedBuffer(wire);
        in.retain();

        ch.writeInbound(in);
        DocumentChunk decoded = (DocumentChunk) ((Envelope) ch.readInbound()).message();
        Arrays.fill(wire, (byte) 0);

        assertThat(decoded.data()).isEqualTo(data);
        in.release();
    }

    @Test
    void twoFramesInOneReadAreTwoMessagesInOrder() {
        byte[] first = Wire.frame(0x02, 0, Wire.body(Wire.field(1, Wire.int64(1))));
        byte[] second = Wire.frame(0x02, 0, Wire.body(Wire.field(1, Wire.int64(2))));

        ch.writeInbound(Unpooled.wrappedBuffer(first, second));

        assertThat((Envelope) ch.readInbound()).isEqualTo(new Envelope(0, new Ping(1)));
        assertThat((Envelope) ch.readInbound()).isEqualTo(new Envelope(0, new Ping(2)));
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void aMalformedFrameDoesNotHoldBackTheFramesBehindItInTheSameRead() {
        byte[] bad = Wire.frame(0x55, 9, new byte[0]);
        byte[] good = Wire.frame(0x02, 0, Wire.body(Wire.field(1, Wire.int64(7))));

        Throwable thrown = catchThrowable(() -> ch.writeInbound(Unpooled.wrappedBuffer(bad, good)));

        assertThat(thrown).isInstanceOf(MalformedMessageException.class);
        assertThat((Envelope) ch.readInbound()).isEqualTo(new Envelope(0, new Ping(7)));
        assertThat(ch.isOpen()).isTrue();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void aBadMagicClosesTheConnection() {
        Throwable thrown = catchThrowable(() -> ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {'G', 'E', 'T', ' '})));

        assertThat(thrown).isInstanceOf(CorruptedFrameException.class);
        assertThat(ch.isOpen()).isFalse();
        assertThat((Object) ch.readInbound()).isNull();
    }

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }

    /** A frame from MessageBodies.frame (one array or a composite of views) as one array. */
    private static byte[] bytesOf(ByteBuf buf) {
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }
}
