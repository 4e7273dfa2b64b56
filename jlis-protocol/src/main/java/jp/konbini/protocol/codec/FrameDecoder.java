package jp.konbini.protocol.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;

/**
 * Cuts the inbound byte stream into {@link Frame}s, each with its own copy of the body: for a node that forwards
 * frames without reading them (the relay). A node that reads messages uses {@link EnvelopeDecoder}, which
 * decodes each body where it arrived instead of copying it first.
 *
 * <p>The rules are {@link FrameCutter}'s: magic and body length checked before anything is allocated; a wrong
 * magic, a body length with the high bit set, or a frame longer than {@code maxFrameLength} discards all input,
 * closes the channel and fires {@link CorruptedFrameException} or {@link TooLongFrameException}.
 */
public final class FrameDecoder extends FrameCutter {

    /** @param maxFrameLength the longest frame accepted, 16-byte header included */
    public FrameDecoder(int maxFrameLength) {
        super(maxFrameLength);
    }

    @Override
    Object frame(int version, int type, int flags, int streamId, ByteBuf in, int bodyStart, int bodyLength) {
        // ByteBufUtil copies a heap buffer with Arrays.copyOfRange: the new array is not zeroed first.
        return new Frame(version, type, flags, streamId, ByteBufUtil.getBytes(in, bodyStart, bodyLength));
    }
}
