package jp.konbini.hub;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jp.konbini.crypto.HttpRevocationTransport;
import jp.konbini.crypto.RevocationChecker;

/** The hub's revocation checker from its settings, or none when the config names no source. */
final class HubRevocationCheck {
    /** An OCSP or CRL fetch blocks a hub thread at most this long (connect, then answer). */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);

    private HubRevocationCheck() {
    }

    static Optional<RevocationChecker> from(HubConfig config, Clock clock) {
        if (!config.revocation().enabled()) {
            return Optional.empty();
        }
        return Optional.of(new RevocationChecker(config.revocation(), config.jpkiRoots(), clock,
                new HttpRevocationTransport(FETCH_TIMEOUT)));
    }
}
