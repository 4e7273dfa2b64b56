package jp.konbini.protocol.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes a {@link Frame} as its 16-byte header followed by its body. Stateless, so one instance may be shared. */
@ChannelHandler.Sharable
public final class FrameEncoder extends MessageToByteEncoder<Frame> {

    public FrameEncoder() {
        super(Frame.class);
    }

    /** Exactly one frame's size, so the buffer never grows while writing. */
    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Frame frame, boolean preferDirect) {
        return preferDirect ? ctx.alloc().ioBuffer(frame.length()) : ctx.alloc().heapBuffer(frame.length());
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, ByteBuf out) {
        out.writeInt(Frame.MAGIC);
        out.writeByte(frame.version());
        out.writeByte(frame.type());
        out.writeShort(frame.flags());
        out.writeInt(frame.streamId());
        out.writeInt(frame.body().length);
        out.writeBytes(frame.body());
    }
}
