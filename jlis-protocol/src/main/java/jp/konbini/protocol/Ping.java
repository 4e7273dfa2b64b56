package jp.konbini.protocol;

/**
 * Heartbeat on stream 0; the peer answers {@link Pong} with the same token, which lets the sender tell a
 * slow link from a dead one.
 */
public record Ping(long token) implements Message {

    @Override
    public MessageType type() {
        return MessageType.PING;
    }
}
