package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

class FrameEncoderTest {

    @Test
    void writesTheSixteenByteHeaderThenTheBody() {
        EmbeddedChannel ch = new EmbeddedChannel(new FrameEncoder());

        ch.writeOutbound(new Frame(1, 0x22, 0x0102, 0x8000_0001, new byte[] {(byte) 0xAB, (byte) 0xCD}));

        ByteBuf out = ch.readOutbound();
        assertThat(ByteBufUtil.getBytes(out))
                .isEqualTo(Wire.hex("4a4c4953 01 22 0102 80000001 00000002 abcd"));
        out.release();
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void whatItWritesTheDecoderReadsBack() {
        Frame frame = new Frame(1, 0x7F, 0, 0xFFFF_FFFE, new byte[300]);
        EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(1024), new FrameEncoder());

        ch.writeOutbound(frame);
        ch.writeInbound((ByteBuf) ch.readOutbound());

        assertThat((Frame) ch.readInbound()).isEqualTo(frame);
        assertThat(ch.finish()).isFalse();
    }
}
