package jp.konbini.relay;

import jp.konbini.protocol.codec.Frame;

/**
 * Sees every frame the relay forwards, after TLS decryption: for tests that prove what a relay can and cannot
 * read (the privacy test). Only {@link RelayServer#startTapped} installs one; no config key can, so a relay
 * started by {@code bin/konbini relay} never has a tap.
 */
@FunctionalInterface
public interface RelayTap {
    /** Which way a frame went through the relay. */
    enum Direction { KIOSK_TO_HUB, HUB_TO_KIOSK }

    RelayTap NONE = (direction, frame) -> { };

    /**
     * Called on a network thread for each forwarded frame, as written (with the stream id of the side it goes to);
     * must not block or change the body.
     */
    void forwarded(Direction direction, Frame frame);
}
