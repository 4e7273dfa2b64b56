package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private static final int MAX_FRAME = 64;
    private static final byte[] BODY = {1, 2, 3, 4, 5};
    private static final byte[] FRAME = Wire.frame(1, 0x20, 7, BODY);

    private final EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(MAX_FRAME));

    @Test
    void decodesAWholeFrame() {
        ByteBuf in = Unpooled.wrappedBuffer(FRAME);

        assertThat(ch.writeInbound(in)).isTrue();

        assertThat((Frame) ch.readInbound()).isEqualTo(new Frame(1, 0x20, 0, 7, BODY));
        assertThat(in.refCnt()).isZero();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void waitsForMoreBytesWhenFedOneByteAtATime() {
        for (int i = 0; i < FRAME.length - 1; i++) {
            assertThat(ch.writeInbound(Unpooled.wrappedBuffer(FRAME, i, 1))).isFalse();
        }
        assertThat(ch.writeInbound(Unpooled.wrappedBuffer(FRAME, FRAME.length - 1, 1))).isTrue();

        assertThat((Frame) ch.readInbound()).isEqualTo(new Frame(1, 0x20, 0, 7, BODY));
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void decodesTwoFramesFromOneBuffer() {
        byte[] second = Wire.frame(1, 0x02, 0, new byte[0]);

        ch.writeInbound(Unpooled.wrappedBuffer(FRAME, second));

        assertThat((Frame) ch.readInbound()).isEqualTo(new Frame(1, 0x20, 0, 7, BODY));
        assertThat((Frame) ch.readInbound()).isEqualTo(new Frame(1, 0x02, 0, 0, new byte[0]));
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void acceptsAFrameOfExactlyTheLimit() {
        byte[] body = new byte[MAX_FRAME - Frame.HEADER_LENGTH];

        ch.writeInbound(Unpooled.wrappedBuffer(Wire.frame(0x22, 1, body)));

        assertThat(((Frame) ch.readInbound()).body()).hasSize(body.length);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void refusesAnOversizeFrameFromItsHeaderAloneAndCloses() {
        byte[] header = Arrays.copyOf(Wire.frame(0x22, 1, new byte[MAX_FRAME - Frame.HEADER_LENGTH + 1]),
                Frame.HEADER_LENGTH);
        ByteBuf in = Unpooled.wrappedBuffer(header);

        assertThatThrownBy(() -> ch.writeInbound(in)).isInstanceOf(TooLongFrameException.class);

        assertThat(ch.isOpen()).isFalse();
        assertThat(in.refCnt()).isZero();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void refusesABodyLengthWithTheHighBitSetAndCloses() {
        byte[] header = Arrays.copyOf(FRAME, Frame.HEADER_LENGTH);
        header[12] = (byte) 0x80;

        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(header)))
                .isInstanceOf(CorruptedFrameException.class)
                .hasMessageContaining("negative");

        assertThat(ch.isOpen()).isFalse();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void refusesAnotherProtocolOnItsFirstByteAndCloses() {
        ByteBuf http = Unpooled.copiedBuffer("GET / HTTP/1.1\r\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ch.writeInbound(http.retainedSlice(0, 1)))
                .isInstanceOf(CorruptedFrameException.class)
                .hasMessageContaining("magic");

        assertThat(ch.isOpen()).isFalse();
        assertThat(ch.finish()).isFalse();
        http.release();
    }

    @Test
    void refusesABadMagicInsideAFullHeader() {
        byte[] frame = FRAME.clone();
        frame[3] = 'X';

        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(frame)))
                .isInstanceOf(CorruptedFrameException.class);

        assertThat(ch.isOpen()).isFalse();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void deliversFramesThatArrivedBeforeACorruptHeader() {
        byte[] garbage = "JLIx".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(FRAME, garbage)))
                .isInstanceOf(CorruptedFrameException.class);

        assertThat((Frame) ch.readInbound()).isEqualTo(new Frame(1, 0x20, 0, 7, BODY));
        assertThat((Object) ch.readInbound()).isNull();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void emitsNothingWhenTheConnectionClosesInsideABody() {
        ByteBuf in = Unpooled.wrappedBuffer(FRAME, 0, FRAME.length - 1);

        assertThat(ch.writeInbound(in)).isFalse();

        assertThat(ch.finish()).isFalse();
        assertThat(in.refCnt()).isZero();
    }

    @Test
    void emitsNothingWhenTheConnectionClosesInsideAHeader() {
        assertThat(ch.writeInbound(Unpooled.wrappedBuffer(FRAME, 0, 10))).isFalse();

        assertThat(ch.finish()).isFalse();
    }

    @Test
    void readsStreamIdsAboveTwoToThe31AsUnsigned() {
        ch.writeInbound(Unpooled.wrappedBuffer(Wire.frame(0x20, 0xFFFF_FFFF, BODY)));

        Frame frame = ch.readInbound();
        assertThat(Integer.toUnsignedLong(frame.streamId())).isEqualTo(0xFFFF_FFFFL);
        assertThat(ch.finish()).isFalse();
    }
}
