package jp.konbini.protocol.codec;

import java.util.OptionalInt;

import io.netty.handler.codec.DecoderException;
import jp.konbini.protocol.ErrorCode;

/**
 * A frame arrived whole but its content is not a valid message: unknown type, unsupported version, wrong
 * stream, or a body breaking the TLV rules. Carries the {@link ErrorCode} to answer with, and the stream to
 * answer on when known. The frame boundary is intact, so the connection may carry on.
 */
public final class MalformedMessageException extends DecoderException {

    private final ErrorCode errorCode;
    private final Integer streamId;

    public MalformedMessageException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    public MalformedMessageException(ErrorCode errorCode, String message, int streamId) {
        this(errorCode, message, Integer.valueOf(streamId));
    }

    private MalformedMessageException(ErrorCode errorCode, String message, Integer streamId) {
        super(message);
        this.errorCode = errorCode;
        this.streamId = streamId;
    }

    /** The code to send back in an {@link jp.konbini.protocol.ErrorMessage}. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The stream the bad frame came on; empty when raised outside a channel ({@link MessageBodies}). */
    public OptionalInt streamId() {
        return streamId == null ? OptionalInt.empty() : OptionalInt.of(streamId);
    }
}
