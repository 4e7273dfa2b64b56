package jp.konbini.crypto;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.konbini.crypto.internal.Certificates;
import jp.konbini.crypto.internal.KeyMatch;

/**
 * A node's own key and certificate chain (leaf first), as presented in its TLS handshakes.
 *
 * @param privateKey the key of the leaf certificate
 * @param chain the leaf certificate, then any intermediates (the root is the peer's trust anchor)
 */
public record NodeIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    /** @throws IllegalArgumentException if the chain is empty or the key is not the leaf's key */
    public NodeIdentity {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a node identity needs at least its own certificate");
        }
        if (!KeyMatch.matches(privateKey, chain.getFirst().getPublicKey())) {
            throw new IllegalArgumentException("the private key does not belong to certificate "
                    + chain.getFirst().getSubjectX500Principal().getName());
        }
    }

    /** Reads the PKCS#8 key in {@code keyPem} and the chain in {@code certPem}. */
    public static NodeIdentity load(Path keyPem, Path certPem) throws IOException {
        PrivateKey key = Pem.readPrivateKey(keyPem);
        List<X509Certificate> chain = Pem.readCertificates(certPem);
        try {
            return new NodeIdentity(key, chain);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(keyPem + " does not hold the key of the certificate in " + certPem, e);
        }
    }

    /** The node's own (leaf) certificate. */
    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The node id: the leaf's subject CN (e.g. {@code hub-1}). */
    public String nodeId() {
        return Certificates.commonName(certificate())
                .orElseThrow(() -> new IllegalStateException("certificate "
                        + certificate().getSubjectX500Principal().getName() + " has no single CN"));
    }

    /** The node's role: the leaf's subject OU, if it names one. */
    public Optional<Role> role() {
        return Certificates.organizationalUnit(certificate()).flatMap(Role::parse);
    }
}
