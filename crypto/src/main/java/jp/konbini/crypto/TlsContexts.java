package jp.konbini.crypto;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * Netty {@link SslContext}s for the links between nodes: TLS 1.3 only, mutual authentication, the JDK
 * provider (no native library to ship), chains verified against the given trust anchors.
 *
 * <p>There is no hostname verification: nodes dial each other by address, and a peer is identified by
 * the {@link AllowList} check in {@link PeerCertificateCheck} (issuer, role, CN or key pin) after the
 * handshake, on both the server and the client side.
 */
public final class TlsContexts {

    private static final String TLS_13 = "TLSv1.3";

    private TlsContexts() {
    }

    /** A server context that presents {@code identity} and requires a client certificate chaining to {@code trustAnchors}. */
    public static SslContext server(NodeIdentity identity, List<X509Certificate> trustAnchors) {
        requireAnchors(trustAnchors);
        try {
            return SslContextBuilder.forServer(identity.privateKey(), identity.chain())
                    .sslProvider(SslProvider.JDK)
                    .protocols(TLS_13)
                    .trustManager(trustAnchors)
                    .clientAuth(ClientAuth.REQUIRE)
                    .build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot build the TLS server context: " + e.getMessage(), e);
        }
    }

    /** A client context that presents {@code identity} and accepts a server chaining to {@code trustAnchors}. */
    public static SslContext client(NodeIdentity identity, List<X509Certificate> trustAnchors) {
        requireAnchors(trustAnchors);
        try {
            return SslContextBuilder.forClient()
                    .sslProvider(SslProvider.JDK)
                    .protocols(TLS_13)
                    .keyManager(identity.privateKey(), identity.chain())
                    .trustManager(trustAnchors)
                    // Netty 4.2 turns on HTTPS hostname checks for clients; peers are checked by the allow-list instead.
                    .endpointIdentificationAlgorithm(null)
                    .build();
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot build the TLS client context: " + e.getMessage(), e);
        }
    }

    private static void requireAnchors(List<X509Certificate> trustAnchors) {
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed: a node that trusts no CA accepts no peer");
        }
    }
}
