package jp.konbini.protocol.codec;

import java.util.Objects;

import io.netty.buffer.ByteBuf;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ProtocolLimits;

/**
 * Cuts the inbound byte stream into frames and decodes each body straight from the buffer it arrived in, into an
 * {@link Envelope}: the receive side of a node that reads messages (kiosk, hub, city). Each field a message keeps
 * is copied once, into the record; the body itself is never copied, which halves what a 64 KiB document chunk
 * costs to receive (CodecBenchmark). The relay, which forwards bodies unread, uses {@link FrameDecoder}.
 *
 * <p>Framing as {@link FrameCutter}: a broken header closes the connection. A whole frame whose content is not a
 * valid message (version, type on the wrong stream, TLV rules, limits) is consumed and refused alone, as
 * {@link MessageCodec} refuses it: a {@link MalformedMessageException} with the error code and stream id through
 * {@code exceptionCaught}, and the node's handler decides what follows. Outbound, {@link MessageCodec} writes.
 */
public final class EnvelopeDecoder extends FrameCutter {

    private final ProtocolLimits limits;

    /** Frames up to {@code limits.maxFrameLength()}, bodies checked against {@code limits}. */
    public EnvelopeDecoder(ProtocolLimits limits) {
        super(Objects.requireNonNull(limits, "limits").maxFrameLength());
        this.limits = limits;
    }

    @Override
    Object frame(int version, int type, int flags, int streamId, ByteBuf in, int bodyStart, int bodyLength) {
        return InboundMessages.envelope(version, type, streamId, in, bodyStart, bodyLength, limits);
    }
}
