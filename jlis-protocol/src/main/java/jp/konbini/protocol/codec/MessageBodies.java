package jp.konbini.protocol.codec;

import java.util.Objects;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.Unpooled;

import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;

/**
 * Message bodies without a channel: for tools, tests, and nodes that re-encode or sign a message outside the
 * pipeline. {@link MessageCodec} uses the same code.
 */
public final class MessageBodies {

    /** Big enough for anything that fits in memory: {@link #encode(Message)} checks no limits. */
    private static final ProtocolLimits UNLIMITED = new ProtocolLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE - Frame.HEADER_LENGTH, Long.MAX_VALUE);

    private MessageBodies() {
    }

    /** The TLV body of {@code message}, without checking any limit. */
    public static byte[] encode(Message message) {
        return encode(message, UNLIMITED);
    }

    /**
     * The TLV body of {@code message}.
     *
     * @throws IllegalArgumentException when a field exceeds {@code limits} (a peer with the same limits would
     *                                  refuse it), or a string is not valid Unicode
     */
    public static byte[] encode(Message message, ProtocolLimits limits) {
        return fields(message, limits).toByteArray();
    }

    /**
     * The whole frame of {@code message} on {@code streamId} (header with {@link ProtocolVersion#CURRENT} and no
     * flags, then the body), as {@link MessageCodec} writes it: one array, or, when the big byte fields
     * (certificates, document data) add up to 8 KiB or more, those joined as read-only views of the record's own
     * arrays instead of being copied. Unpooled heap memory; the caller owns the buffer like any other.
     *
     * @throws IllegalArgumentException as {@link #encode(Message, ProtocolLimits)}
     */
    public static ByteBuf frame(int streamId, Message message, ProtocolLimits limits) {
        return frame(UnpooledByteBufAllocator.DEFAULT, streamId, message, limits);
    }

    /**
     * As {@link #frame(int, Message, ProtocolLimits)}, in buffers of {@code alloc}: a channel's own allocator, so
     * that a node writes its frames into memory it recycles ({@link MessageCodec}).
     */
    public static ByteBuf frame(ByteBufAllocator alloc, int streamId, Message message, ProtocolLimits limits) {
        BodyWriter body = fields(message, limits);
        int length = (int) body.length();
        byte[] header = {
            (byte) (Frame.MAGIC >>> 24), (byte) (Frame.MAGIC >>> 16), (byte) (Frame.MAGIC >>> 8), (byte) Frame.MAGIC,
            (byte) ProtocolVersion.CURRENT, (byte) message.type().code(), 0, 0,
            (byte) (streamId >>> 24), (byte) (streamId >>> 16), (byte) (streamId >>> 8), (byte) streamId,
            (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length,
        };
        return body.toFrame(alloc, header);
    }

    /** Every field checked against {@code limits}, and the whole body against the frame size. */
    private static BodyWriter fields(Message message, ProtocolLimits limits) {
        Objects.requireNonNull(message, "message");
        BodyWriter body = BodyEncoder.encode(message, limits);
        if (body.length() > limits.maxFrameLength() - Frame.HEADER_LENGTH) {
            throw new IllegalArgumentException(
                    message.type() + " body of " + body.length() + " bytes does not fit in one frame");
        }
        return body;
    }

    /**
     * The message in {@code body}, read by the TLV rules of PROTOCOL.md: unknown non-critical tags are skipped;
     * unknown critical tags, duplicate tags, missing required tags and fields over {@code limits} are refused.
     *
     * @param type the raw header type byte
     * @throws MalformedMessageException with the code to answer: {@code PROTOCOL_VIOLATION} for an unknown
     *                                   type or broken rules, {@code BAD_FRAME} for bytes that do not parse or
     *                                   exceed a limit, {@code UNSUPPORTED_CERTIFICATE_TYPE} for an unknown
     *                                   certificate type
     */
    public static Message decode(int type, byte[] body, ProtocolLimits limits) {
        return decode(type, Unpooled.wrappedBuffer(body), limits);
    }

    /**
     * As {@link #decode(int, byte[], ProtocolLimits)}, reading the readable bytes of {@code body} where they are
     * (the received buffer itself, on a node: {@link EnvelopeDecoder}). Each field the message keeps is copied
     * out once; the buffer's indexes and reference count are left as they were.
     */
    public static Message decode(int type, ByteBuf body, ProtocolLimits limits) {
        return decode(type, body, body.readerIndex(), body.readableBytes(), limits);
    }

    /** The body of {@code length} bytes at index {@code from} of {@code buf}, indexes untouched. */
    static Message decode(int type, ByteBuf buf, int from, int length, ProtocolLimits limits) {
        MessageType messageType = MessageType.fromCode(type).orElseThrow(() -> new MalformedMessageException(
                ErrorCode.PROTOCOL_VIOLATION, String.format("unknown message type 0x%02x", type)));
        if (length > limits.maxFrameLength() - Frame.HEADER_LENGTH) {
            throw new MalformedMessageException(ErrorCode.BAD_FRAME, "body of " + length + " bytes too long");
        }
        BodyReader reader = new BodyReader(buf, from, length);
        try {
            Message message = BodyDecoder.decode(messageType, reader, limits);
            reader.finish();
            return message;
        } catch (IllegalArgumentException e) {
            // Fields parsed but break a record's invariant (version range, copies, chunk index...).
            throw new MalformedMessageException(ErrorCode.PROTOCOL_VIOLATION, messageType + ": " + e.getMessage());
        } finally {
            reader.close();
            // Arrays of a record that was never built (a later field was bad) must not stay referenced.
            RecordArrays.clearHandedOver();
        }
    }
}
