package jp.konbini.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ProtocolLimits;

/**
 * Fuzz target: arbitrary bytes from a peer through {@link FrameDecoder} and then {@link MessageCodec}, and
 * through {@link EnvelopeDecoder}, as the nodes' pipelines read them. Inputs under {@code FrameDecoderFuzzTestInputs/frames} are replayed by every
 * test run; {@code bin/konbini tools fuzz frames} mutates them for real.
 *
 * <p>What must hold for any input: the decoder hands on only frames that are exactly a prefix of the input,
 * it fails only with the two exceptions PROTOCOL.md names and then closes, and the message codec either
 * yields a message that survives a re-encode or refuses with an error code — never another exception. The
 * {@link EnvelopeDecoder} the other nodes read with, fed the same pieces, comes to the same outcome frame for
 * frame.
 */
class FrameDecoderFuzzTest {

    /** Small, so that the fuzzer reaches the over-limit branch with short inputs. */
    private static final ProtocolLimits LIMITS = new ProtocolLimits(4096, 256, 1024, 2048, 1 << 20);

    @FuzzTest
    void frames(byte[] wire) {
        EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder(LIMITS.maxFrameLength()));
        // Uneven pieces, decided by the input itself, prove that partial reads never change the outcome.
        int piece = wire.length == 0 ? 1 : 1 + (wire[wire.length - 1] & 0x1F);
        DecoderException failure = null;
        for (int off = 0; off < wire.length && failure == null; off += piece) {
            ByteBuf in = Unpooled.copiedBuffer(wire, off, Math.min(piece, wire.length - off));
            try {
                decoder.writeInbound(in);
            } catch (DecoderException e) {
                failure = e;
            }
        }
        List<Frame> frames = new ArrayList<>();
        for (Frame f = decoder.readInbound(); f != null; f = decoder.readInbound()) {
            frames.add(f);
        }
        int offset = 0;
        for (Frame f : frames) {
            byte[] again = Wire.frame(f.version(), f.type(), f.streamId(), f.body());
            again[6] = (byte) (f.flags() >>> 8);
            again[7] = (byte) f.flags();
            assertThat(f.length()).isLessThanOrEqualTo(LIMITS.maxFrameLength());
            assertThat(Arrays.copyOfRange(wire, offset, offset + again.length)).isEqualTo(again);
            offset += again.length;
        }
        if (failure != null) {
            assertThat(failure).isInstanceOfAny(CorruptedFrameException.class, TooLongFrameException.class);
            assertThat(decoder.isOpen()).isFalse();
        } else {
            assertThat(wire.length - offset).isLessThan(LIMITS.maxFrameLength());
        }
        decoder.finishAndReleaseAll();
        frames.forEach(FrameDecoderFuzzTest::decodeMessage);
        decodesInPlaceAlike(wire, piece, frames, failure);
    }

    /**
     * Kiosk, hub and city read with {@link EnvelopeDecoder}, which decodes each body where it arrived instead of
     * copying it into a {@link Frame} first: fed the same pieces, it must come to what the frame path came to,
     * frame for frame — the same message, or the same refusal on the same stream — and fail the same way.
     */
    private static void decodesInPlaceAlike(byte[] wire, int piece, List<Frame> frames, DecoderException failure) {
        List<Object> seen = new ArrayList<>();
        EmbeddedChannel inPlace = new EmbeddedChannel(new EnvelopeDecoder(LIMITS), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                seen.add(msg);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                seen.add(cause);
            }
        });
        for (int off = 0; off < wire.length && inPlace.isOpen(); off += piece) {
            inPlace.writeInbound(Unpooled.copiedBuffer(wire, off, Math.min(piece, wire.length - off)));
        }
        assertThat(seen).hasSize(frames.size() + (failure == null ? 0 : 1));
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            Object expected;
            try {
                expected = InboundMessages.envelope(f.version(), f.type(), f.streamId(),
                        Unpooled.wrappedBuffer(f.body()), LIMITS);
            } catch (MalformedMessageException e) {
                assertThat(seen.get(i)).isInstanceOfSatisfying(MalformedMessageException.class, got -> {
                    assertThat(got.errorCode()).isEqualTo(e.errorCode());
                    assertThat(got.streamId()).isEqualTo(e.streamId());
                });
                continue;
            }
            assertThat(seen.get(i)).isEqualTo(expected);
        }
        if (failure != null) {
            assertThat(seen.get(seen.size() - 1)).isInstanceOf(failure.getClass());
            assertThat(inPlace.isOpen()).isFalse();
        }
        inPlace.finishAndReleaseAll();
    }

    private static void decodeMessage(Frame frame) {
        EmbeddedChannel codec = new EmbeddedChannel(new MessageCodec(LIMITS));
        try {
            codec.writeInbound(frame);
        } catch (MalformedMessageException e) {
            assertThat(e.errorCode()).isNotNull();
            assertThat(e.streamId()).hasValue(frame.streamId());
            assertThat(codec.isOpen()).isTrue();
            return;
        }
        Envelope envelope = codec.readInbound();
        assertThat(envelope.streamId()).isEqualTo(frame.streamId());
        assertThat(codec.writeOutbound(envelope)).isTrue();
        // MessageCodec writes the frame's bytes itself; read them back as the peer's FrameDecoder would.
        EmbeddedChannel peer = new EmbeddedChannel(new FrameDecoder(LIMITS.maxFrameLength()));
        assertThat(peer.writeInbound((ByteBuf) codec.readOutbound())).isTrue();
        Frame written = peer.readInbound();
        assertThat(written.type()).isEqualTo(frame.type());
        assertThat(written.streamId()).isEqualTo(frame.streamId());
        assertThat(MessageBodies.decode(written.type(), written.body(), LIMITS)).isEqualTo(envelope.message());
        assertThat(peer.finish()).isFalse();
        assertThat(codec.finish()).isFalse();
    }
}
