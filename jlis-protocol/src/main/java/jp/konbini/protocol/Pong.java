package jp.konbini.protocol;

/** Answer to {@link Ping}, echoing its token. */
public record Pong(long token) implements Message {

    @Override
    public MessageType type() {
        return MessageType.PONG;
    }
}
