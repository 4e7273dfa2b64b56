package jp.konbini.protocol;

import java.util.Optional;

/** The type byte of a frame header, one per {@link Message} record. */
public enum MessageType {
    HELLO(0x01),
    PING(0x02),
    PONG(0x03),
    GOAWAY(0x04),
    CHALLENGE_REQUEST(0x10),
    CHALLENGE(0x11),
    ISSUE_REQUEST(0x20),
    ISSUE_RESPONSE(0x21),
    DOCUMENT_CHUNK(0x22),
    PRINT_RESULT(0x30),
    PRINT_ACK(0x31),
    ERROR(0x7F);

    private static final MessageType[] BY_CODE = new MessageType[256];

    static {
        for (MessageType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    /** The unsigned byte written in the frame header. */
    public int code() {
        return code;
    }

    /** The type for a header byte; empty for types this build does not know (a relay still forwards them). */
    public static Optional<MessageType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /**
     * Whether this type may travel on {@code streamId}. Stream 0 is the connection itself: hello and
     * heartbeats belong there and nowhere else, requests never do, and an error may concern either.
     */
    public boolean allowedOnStream(int streamId) {
        return switch (this) {
            case HELLO, PING, PONG, GOAWAY -> streamId == 0;
            case ERROR -> true;
            default -> streamId != 0;
        };
    }
}
