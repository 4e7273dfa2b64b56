package jp.konbini.protocol.codec;

import io.netty.buffer.ByteBuf;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;

/**
 * A received frame's header and body → the message it carries, refused with the stream it came on: the checks
 * both {@link MessageCodec} (from a {@link Frame}) and {@link EnvelopeDecoder} (from the inbound buffer) run.
 */
final class InboundMessages {

    private InboundMessages() {
    }

    /**
     * The message in the readable bytes of {@code body}, on {@code streamId}.
     *
     * @throws MalformedMessageException carrying {@code streamId}: {@code UNSUPPORTED_VERSION} for a version
     *                                   this build does not speak, {@code PROTOCOL_VIOLATION} for a type that
     *                                   does not belong on that stream, else what {@link MessageBodies#decode}
     *                                   refuses
     */
    static Envelope envelope(int version, int type, int streamId, ByteBuf body, ProtocolLimits limits) {
        return envelope(version, type, streamId, body, body.readerIndex(), body.readableBytes(), limits);
    }

    /** As above, for the body of {@code bodyLength} bytes at index {@code bodyStart} of {@code buf}. */
    static Envelope envelope(int version, int type, int streamId, ByteBuf buf, int bodyStart, int bodyLength,
                             ProtocolLimits limits) {
        if (!ProtocolVersion.isSupported(version)) {
            throw new MalformedMessageException(ErrorCode.UNSUPPORTED_VERSION,
                    "protocol version " + version + " not supported", streamId);
        }
        MessageType.fromCode(type)
                .filter(t -> !t.allowedOnStream(streamId))
                .ifPresent(t -> {
                    throw new MalformedMessageException(ErrorCode.PROTOCOL_VIOLATION,
                            t + " may not travel on stream " + Integer.toUnsignedString(streamId), streamId);
                });
        Message message;
        try {
            message = MessageBodies.decode(type, buf, bodyStart, bodyLength, limits);
        } catch (MalformedMessageException e) {
            throw new MalformedMessageException(e.errorCode(), e.getMessage(), streamId);
        }
        return new Envelope(streamId, message);
    }
}
