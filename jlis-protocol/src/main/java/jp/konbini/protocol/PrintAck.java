package jp.konbini.protocol;

import java.util.Objects;
import java.util.UUID;

/** The city has recorded the {@link PrintResult}; the stream is finished. */
public record PrintAck(UUID requestId) implements Message {

    public PrintAck {
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public MessageType type() {
        return MessageType.PRINT_ACK;
    }
}
