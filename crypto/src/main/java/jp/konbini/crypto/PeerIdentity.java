package jp.konbini.crypto;

import io.netty.util.AttributeKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * An admitted peer: what {@link PeerCertificateCheck} stores on the channel under {@link #KEY} once the
 * {@link AllowList} has admitted the peer's certificate.
 *
 * @param role the peer's role (its certificate's OU)
 * @param nodeId the peer's node id (its certificate's CN)
 * @param certificate the peer's leaf certificate
 */
public record PeerIdentity(Role role, String nodeId, X509Certificate certificate) {

    /** The channel attribute holding the admitted peer; absent until admission. */
    public static final AttributeKey<PeerIdentity> KEY = AttributeKey.valueOf(PeerIdentity.class, "peer");

    public PeerIdentity {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(certificate, "certificate");
    }
}
