package jp.konbini.protocol;

import java.util.Objects;

/**
 * Graceful close, on stream 0: the sender will finish every stream up to {@code lastStreamId} that it has
 * already accepted, and accept no new stream on this connection. The receiver opens no new stream here (it
 * dials again for new work) and the sender closes the connection once its in-flight streams are done or its
 * drain time is up. A stream above {@code lastStreamId} was not processed and may safely be sent again on a
 * new connection.
 *
 * @param lastStreamId highest stream id the sender accepted, unsigned, held in an int; 0 = none
 * @param detail       why, for logs (e.g. "shutting down"); never personal data
 */
public record GoAway(int lastStreamId, String detail) implements Message {

    public GoAway {
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public MessageType type() {
        return MessageType.GOAWAY;
    }
}
