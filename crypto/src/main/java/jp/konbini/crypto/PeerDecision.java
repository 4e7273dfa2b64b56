package jp.konbini.crypto;

import java.util.Objects;

/** What an {@link AllowList} decides about a peer's certificate chain: a refusal is a value, not an exception. */
public sealed interface PeerDecision permits PeerDecision.Admitted, PeerDecision.Refused {

    /** The peer is listed. */
    record Admitted(PeerIdentity peer) implements PeerDecision {
        public Admitted {
            Objects.requireNonNull(peer, "peer");
        }
    }

    /** The peer is not listed; {@code reason} is safe to log (no control characters, bounded length). */
    record Refused(String reason) implements PeerDecision {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
