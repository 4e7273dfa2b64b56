package jp.konbini.crypto;

import java.util.Objects;

/**
 * The user event {@link PeerCertificateCheck} fires down the pipeline once the peer is admitted: the
 * signal for the application handler to start talking.
 *
 * @param peer the admitted peer, also stored on the channel under {@link PeerIdentity#KEY}
 */
public record PeerAuthenticatedEvent(PeerIdentity peer) {

    public PeerAuthenticatedEvent {
        Objects.requireNonNull(peer, "peer");
    }
}
