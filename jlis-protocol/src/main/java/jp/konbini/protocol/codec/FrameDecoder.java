package jp.konbini.protocol.codec;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;

/**
 * Cuts the inbound byte stream into {@link Frame}s.
 *
 * <p>The magic is checked as soon as its bytes arrive and the body length as soon as the header is complete,
 * both before anything is allocated; a frame is only copied out once all of it is buffered. Partial input
 * waits for more bytes.
 *
 * <p>On a wrong magic, a body length with the high bit set, or a frame longer than {@code maxFrameLength} the
 * decoder cannot find the next frame boundary, so it gives up on the connection: it discards all buffered and
 * later input, closes the channel, and fires {@link CorruptedFrameException} (magic, high-bit length) or
 * {@link TooLongFrameException} (over the limit) through {@code exceptionCaught}. Frames decoded before the bad
 * header are still passed on. A connection closed in the middle of a frame emits nothing and raises nothing.
 */
public final class FrameDecoder extends ByteToMessageDecoder {

    private static final int LENGTH_OFFSET = 12;

    private final int maxFrameLength;
    private boolean failed;

    /** @param maxFrameLength the longest frame accepted, 16-byte header included */
    public FrameDecoder(int maxFrameLength) {
        if (maxFrameLength < Frame.HEADER_LENGTH) {
            throw new IllegalArgumentException("maxFrameLength must be at least " + Frame.HEADER_LENGTH);
        }
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
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
        in.skipBytes(4);
        int version = in.readUnsignedByte();
        int type = in.readUnsignedByte();
        int flags = in.readUnsignedShort();
        int streamId = in.readInt();
        in.skipBytes(4);
        // ByteBufUtil copies a heap buffer with Arrays.copyOfRange: the new array is not zeroed first.
        byte[] body = ByteBufUtil.getBytes(in, in.readerIndex(), (int) bodyLength);
        in.skipBytes(body.length);
        out.add(new Frame(version, type, flags, streamId, body));
    }

    private DecoderException fail(ChannelHandlerContext ctx, ByteBuf in, DecoderException cause) {
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.close();
        return cause;
    }
}
