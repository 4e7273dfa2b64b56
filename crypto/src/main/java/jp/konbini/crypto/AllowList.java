package jp.konbini.crypto;

import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import jp.konbini.crypto.internal.Certificates;

/**
 * Who may talk to a node, modelling LGWAN's closed network: source addresses (checked before any TLS
 * byte) and listed peers (checked on the certificate the peer presented in the handshake).
 *
 * <p>Both lists are closed: an empty source list admits no address and an empty peer list no peer.
 * The chain's validity period and path to a trust anchor are the TLS layer's job
 * ({@link TlsContexts}); this class decides whether a chain that TLS accepted belongs to a
 * <em>listed</em> peer.
 */
public final class AllowList {

    private static final int MAX_REASON_LENGTH = 300;

    private final List<CidrRange> sources;
    private final List<PeerRule> peers;

    public AllowList(List<CidrRange> sources, List<PeerRule> peers) {
        this.sources = List.copyOf(sources);
        this.peers = List.copyOf(peers);
    }

    /** True if {@code address} lies in one of the listed source ranges. */
    public boolean permitsSource(InetAddress address) {
        return sources.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * Decides on a peer's certificate chain (leaf first): admitted if some rule's role, issuer and
     * CN/pin all match the leaf.
     */
    public PeerDecision decide(List<X509Certificate> peerChain) {
        if (peerChain.isEmpty()) {
            return new PeerDecision.Refused("no peer certificate");
        }
        X509Certificate leaf = peerChain.getFirst();
        Optional<String> ou = Certificates.organizationalUnit(leaf);
        Optional<Role> role = ou.flatMap(Role::parse);
        if (role.isEmpty()) {
            return refused("certificate has no known role (OU=" + ou.orElse("none") + ")");
        }
        Optional<String> cn = Certificates.commonName(leaf);
        if (cn.isEmpty()) {
            return refused("certificate of role " + role.get().id() + " has no single CN");
        }
        List<PeerRule> forRole = peers.stream().filter(rule -> rule.role() == role.get()).toList();
        if (forRole.isEmpty()) {
            return refused("role " + role.get().id() + " not allowed here");
        }
        List<PeerRule> byIssuer = forRole.stream().filter(rule -> signedBy(leaf, rule.issuer())).toList();
        if (byIssuer.isEmpty()) {
            return refused("issuer " + leaf.getIssuerX500Principal().getName() + " not listed for role "
                    + role.get().id());
        }
        String pin = PeerRule.pinOf(leaf);
        List<PeerRule> byName = byIssuer.stream()
                .filter(rule -> rule.subjectCn().map(cn.get()::equals).orElse(true))
                .toList();
        if (byName.isEmpty()) {
            return refused(role.get().id() + " CN=" + cn.get() + " not listed");
        }
        boolean pinned = byName.stream().anyMatch(rule -> rule.spkiSha256Hex().map(pin::equals).orElse(true));
        if (!pinned) {
            return refused(role.get().id() + " CN=" + cn.get() + " key " + pin.substring(0, 16) + "… does not match its pin");
        }
        return new PeerDecision.Admitted(new PeerIdentity(role.get(), cn.get(), leaf));
    }

    // The name alone proves nothing (a rogue CA can copy it); the issuer's key must have signed the leaf.
    private static boolean signedBy(X509Certificate leaf, X509Certificate issuer) {
        if (!leaf.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            leaf.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    // Names come from the peer: strip control characters (log injection) and bound the length.
    private static PeerDecision.Refused refused(String reason) {
        StringBuilder safe = new StringBuilder();
        reason.codePoints().limit(MAX_REASON_LENGTH)
                .forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return new PeerDecision.Refused(safe.toString());
    }
}
