package jp.konbini.crypto;

import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One listed peer of a node: a certificate is admitted by this rule when it is signed by
 * {@code issuer}, carries {@code role} as its subject OU, and matches the CN and/or the SHA-256 pin of
 * its SubjectPublicKeyInfo, whichever are given (at least one must be).
 *
 * @param role the role the peer must have (subject OU)
 * @param issuer the CA certificate whose key must have signed the peer's certificate
 * @param subjectCn the node id the peer must have (subject CN), if the rule names one
 * @param spkiSha256Hex the SHA-256 of the peer's SubjectPublicKeyInfo (64 hex digits), if the rule pins the key
 */
public record PeerRule(Role role, X509Certificate issuer, Optional<String> subjectCn, Optional<String> spkiSha256Hex) {

    /** @throws IllegalArgumentException if neither CN nor pin is given, or the pin is not 64 hex digits */
    public PeerRule {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subjectCn, "subjectCn");
        Objects.requireNonNull(spkiSha256Hex, "spkiSha256Hex");
        if (subjectCn.isEmpty() && spkiSha256Hex.isEmpty()) {
            // Role and issuer alone would admit every node that CA ever issued: too wide for a listed peer.
            throw new IllegalArgumentException("a peer rule for role " + role.id() + " needs a CN, a key pin, or both");
        }
        spkiSha256Hex = spkiSha256Hex.map(PeerRule::normalisePin);
    }

    /** A rule that admits the node named {@code subjectCn}. */
    public static PeerRule byName(Role role, X509Certificate issuer, String subjectCn) {
        return new PeerRule(role, issuer, Optional.of(subjectCn), Optional.empty());
    }

    /** A rule that admits the holder of the key pinned by {@code spkiSha256Hex}. */
    public static PeerRule byPin(Role role, X509Certificate issuer, String spkiSha256Hex) {
        return new PeerRule(role, issuer, Optional.empty(), Optional.of(spkiSha256Hex));
    }

    /** The pin of a certificate's key: lower-case hex SHA-256 of its DER SubjectPublicKeyInfo. */
    public static String pinOf(X509Certificate certificate) {
        return Digests.hex(Digests.sha256(certificate.getPublicKey().getEncoded()));
    }

    private static String normalisePin(String pin) {
        String lower = pin.toLowerCase(Locale.ROOT);
        if (lower.length() != 64 || !lower.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("a SHA-256 key pin is 64 hex digits, got \"" + pin + "\"");
        }
        return lower;
    }
}
