package jp.konbini.crypto;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how strictly the hub checks revocation: the JPKI OCSP responder, the CRL distribution
 * point (HTTP), and how old an answer may be. Checking is on when at least one source is given.
 */
public record RevocationSources(Optional<URI> ocsp, Optional<URI> crl, Duration maxAge) {

    public RevocationSources {
        Objects.requireNonNull(ocsp, "ocsp");
        Objects.requireNonNull(crl, "crl");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive");
        }
    }

    /** No revocation checking (a config without OCSP or CRL). */
    public static RevocationSources none() {
        return new RevocationSources(Optional.empty(), Optional.empty(), Duration.ofMinutes(5));
    }

    public boolean enabled() {
        return ocsp.isPresent() || crl.isPresent();
    }
}
