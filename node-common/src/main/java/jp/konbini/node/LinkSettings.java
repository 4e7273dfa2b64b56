package jp.konbini.node;

import java.time.Duration;

/**
 * Timeouts of one connection, the same on every node: how long a TLS handshake may take, and how long a peer may
 * go without sending one whole frame. Read from the keys {@code link.handshake.seconds} and
 * {@code link.idle.seconds} of a listening node's config; a dialing node uses {@link #defaults()}.
 *
 * <p>Why frames and not bytes: a peer that trickles one byte a second (slowloris) is never idle by bytes, but it
 * never completes a frame either. A healthy quiet link stays open because each side sends a PING after a third of
 * the idle time without a frame, and PONG is a frame.
 *
 * @param handshakeTimeout the TLS handshake must finish within this, or the connection is closed
 * @param idleTimeout      a connection that delivers no whole frame for this long is closed
 */
public record LinkSettings(Duration handshakeTimeout, Duration idleTimeout) {

    public static final String HANDSHAKE_KEY = "link.handshake.seconds";
    public static final String IDLE_KEY = "link.idle.seconds";

    public LinkSettings {
        if (handshakeTimeout.isNegative() || handshakeTimeout.isZero() || idleTimeout.isNegative()
                || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** 10 s to finish a handshake, 60 s without a frame. */
    public static LinkSettings defaults() {
        return new LinkSettings(Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** The two keys if present, else the defaults. */
    public static LinkSettings from(NodeConfig config) throws ConfigException {
        LinkSettings d = defaults();
        int handshake = config.integer(HANDSHAKE_KEY, (int) d.handshakeTimeout().toSeconds(), 1, 300);
        int idle = config.integer(IDLE_KEY, (int) d.idleTimeout().toSeconds(), 3, 3600);
        return new LinkSettings(Duration.ofSeconds(handshake), Duration.ofSeconds(idle));
    }

    /** When to send a PING: a third of the idle time, so two may be lost before the peer gives up. */
    Duration pingAfter() {
        return idleTimeout.dividedBy(3);
    }
}
