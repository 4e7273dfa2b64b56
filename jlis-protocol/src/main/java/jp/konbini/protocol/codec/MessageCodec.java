package jp.konbini.protocol.codec;

import java.util.List;
import java.util.Objects;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageCodec;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;

/**
 * {@link Frame} ↔ {@link Envelope}. Sits after {@link FrameDecoder}/{@link FrameEncoder} in a pipeline; a node
 * that only reads messages puts {@link EnvelopeDecoder} in front instead, and then uses this codec to write.
 *
 * <p>Inbound, a frame whose version this build does not speak, whose type is unknown, whose type does not
 * belong on its stream (hello, ping and pong on stream 0 only; requests never on 0) or whose body breaks the
 * TLV rules is dropped and a {@link MalformedMessageException} carrying the error code and stream id is fired.
 * The channel stays open: frame boundaries are intact, and the node's handler decides whether to answer with an
 * {@link jp.konbini.protocol.ErrorMessage} on that stream or to close.
 *
 * <p>Outbound, it writes the frame's bytes itself ({@link MessageBodies#frame}), so {@link FrameEncoder} only
 * carries frames that were never messages here (a relay's, heartbeats). Frames carry
 * {@link ProtocolVersion#CURRENT} and no flags. A message on the wrong stream or over a limit fails its write
 * promise (an {@code EncoderException}) instead of reaching the peer.
 */
public final class MessageCodec extends MessageToMessageCodec<Frame, Envelope> {

    private final ProtocolLimits limits;

    public MessageCodec(ProtocolLimits limits) {
        super(Frame.class, Envelope.class);
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Envelope envelope, List<Object> out) {
        Message message = envelope.message();
        if (!message.type().allowedOnStream(envelope.streamId())) {
            throw new IllegalArgumentException(
                    message.type() + " may not travel on stream " + Integer.toUnsignedString(envelope.streamId()));
        }
        // Straight to the frame's bytes, not through a Frame: big fields are sent from the record, uncopied.
        out.add(MessageBodies.frame(ctx.alloc(), envelope.streamId(), message, limits));
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, Frame frame, List<Object> out) {
        out.add(InboundMessages.envelope(frame.version(), frame.type(), frame.streamId(),
                Unpooled.wrappedBuffer(frame.body()), limits));
    }
}
