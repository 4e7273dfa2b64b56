package jp.konbini.protocol;

import java.util.Objects;

/**
 * A refusal, on the stream of the request it refuses or on stream 0 for the whole connection.
 *
 * @param code   what went wrong; the kiosk shows {@link ErrorCode#japanese()} to the resident
 * @param detail a short note for logs and operators; never personal data
 */
public record ErrorMessage(ErrorCode code, String detail) implements Message {

    public ErrorMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public MessageType type() {
        return MessageType.ERROR;
    }
}
