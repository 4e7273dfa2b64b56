package jp.konbini.protocol;

import java.util.Objects;

/**
 * A message with the stream it travels on. Stream 0 is the connection; every request uses its own non-zero
 * stream id for all its messages, so many requests share one connection.
 *
 * @param streamId unsigned 32-bit stream id held in an int (ids above 2^31 - 1 read as negative)
 * @param message  the message
 */
public record Envelope(int streamId, Message message) {

    public Envelope {
        Objects.requireNonNull(message, "message");
    }

    /** A message for stream 0, the connection itself. */
    public static Envelope connection(Message message) {
        return new Envelope(0, message);
    }

    @Override
    public String toString() {
        return "Envelope[streamId=" + Integer.toUnsignedString(streamId) + ", message=" + message + "]";
    }
}
