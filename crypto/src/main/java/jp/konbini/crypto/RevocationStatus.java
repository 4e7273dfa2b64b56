package jp.konbini.crypto;

import java.time.Instant;

/** What the JPKI revocation services say about one card certificate (失効確認の結果). */
public sealed interface RevocationStatus permits RevocationStatus.Good, RevocationStatus.Revoked, RevocationStatus.Unknown {

    /** Not revoked, according to an answer no older than the freshness limit. */
    record Good(String source) implements RevocationStatus {
    }

    /** Revoked at {@code revokedAt}. */
    record Revoked(Instant revokedAt, String source) implements RevocationStatus {
    }

    /** Neither OCSP nor a fresh enough CRL could say; {@code reason} is for the operator's log. */
    record Unknown(String reason) implements RevocationStatus {
    }
}
