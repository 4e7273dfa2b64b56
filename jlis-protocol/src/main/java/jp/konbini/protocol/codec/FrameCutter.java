package jp.konbini.protocol.codec;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;

/**
 * Finds frame boundaries in the inbound byte stream: the rules of PROTOCOL.md "Reading rules", in one place for
 * both decoders. What a whole frame becomes is the subclass's choice: a {@link Frame} holding a copy of the body
 * ({@link FrameDecoder}, for a relay that forwards it) or the decoded message ({@link EnvelopeDecoder}).
 *
 * <p>The magic is checked as soon as its bytes arrive and the body length as soon as the header is complete,
 * both before anything is allocated; a frame is only handed to {@link #frame} once all of it is buffered. Partial
 * input waits for more bytes.
 *
 * <p>On a wrong magic, a body length with the high bit set, or a frame longer than {@code maxFrameLength} the
 * decoder cannot find the next frame boundary, so it gives up on the connection: it discards all buffered and
 * later input, closes the channel, and fires {@link CorruptedFrameException} (magic, high-bit length) or
 * {@link TooLongFrameException} (over the limit) through {@code exceptionCaught}. Frames decoded before the bad
 * header are still passed on. A connection closed in the middle of a frame emits nothing and raises nothing.
 */
abstract class FrameCutter extends ByteToMessageDecoder {

    private static final int LENGTH_OFFSET = 12;

    private final int maxFrameLength;
    private boolean failed;

    /** @param maxFrameLength the longest frame accepted, 16-byte header included */
    FrameCutter(int maxFrameLength) {
        if (maxFrameLength < Frame.HEADER_LENGTH) {
            throw new IllegalArgumentException("maxFrameLength must be at least " + Frame.HEADER_LENGTH);
        }
        this.maxFrameLength = maxFrameLength;
    }

    /**
     * What one whole frame becomes. Its body is the {@code bodyLength} bytes at index {@code bodyStart} of
     * {@code in}, the inbound buffer: valid during this call only, not retained. A {@link MalformedMessageException} thrown here concerns this frame
     * alone: it goes to {@code exceptionCaught} and the frames after it are decoded as usual.
     */
    abstract Object frame(int version, int type, int flags, int streamId, ByteBuf in, int bodyStart, int bodyLength);

    @Override
    protected final void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int start = in.readerIndex();
        int readable = in.readableBytes();
        // Byte by byte, so that a peer speaking something else (TLS, HTTP) is refused on its first bytes.
        for (int i = 0; i < Math.min(4, readable); i++) {
            if (in.getByte(start + i) != (byte) (Frame.MAGIC >>> (24 - 8 * i))) {
                throw fail(ctx, in, new CorruptedFrameException("bad magic: not a JLIS frame"));
            }
        }
        if (readable < Frame.HEADER_LENGTH) {
            return;
        }
        long bodyLength = in.getUnsignedInt(start + LENGTH_OFFSET);
        if (bodyLength > Integer.MAX_VALUE) {
            throw fail(ctx, in, new CorruptedFrameException("negative body length " + (int) bodyLength));
        }
        if (bodyLength > maxFrameLength - Frame.HEADER_LENGTH) {
            throw fail(ctx, in, new TooLongFrameException(
                    "frame of " + (bodyLength + Frame.HEADER_LENGTH) + " bytes exceeds " + maxFrameLength));
        }
        if (readable < Frame.HEADER_LENGTH + bodyLength) {
            return;
        }
        int version = in.getUnsignedByte(start + 4);
        int type = in.getUnsignedByte(start + 5);
        int flags = in.getUnsignedShort(start + 6);
        int streamId = in.getInt(start + 8);
        // Consumed before it is looked at: a body that does not decode costs this frame, not the ones after it.
        in.skipBytes(Frame.HEADER_LENGTH + (int) bodyLength);
        try {
            out.add(frame(version, type, flags, streamId, in, start + Frame.HEADER_LENGTH, (int) bodyLength));
        } catch (MalformedMessageException e) {
            // Fired, not thrown: a throw would leave the frames behind this one in the same read waiting for the
            // peer's next bytes. The boundaries are intact, so the node's handler decides what follows.
            ctx.fireExceptionCaught(e);
        }
    }

    private DecoderException fail(ChannelHandlerContext ctx, ByteBuf in, DecoderException cause) {
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.close();
        return cause;
    }
}
