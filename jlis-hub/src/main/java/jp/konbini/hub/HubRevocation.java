package jp.konbini.hub;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.konbini.crypto.RevocationSources;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;

/**
 * The hub's revocation settings: {@code jpki.ocsp} (the JPKI OCSP responder), {@code jpki.crl} (where
 * the JPKI CA publishes its CRL) and {@code jpki.revocation.max-age.seconds} (the oldest answer the hub
 * believes, also how long it caches a good one). Without either source the hub checks no revocation.
 */
final class HubRevocation {
    static final List<String> KEYS = List.of("jpki.ocsp", "jpki.crl", "jpki.revocation.max-age.seconds");

    private HubRevocation() {
    }

    static RevocationSources load(NodeConfig c) throws ConfigException {
        int maxAge = c.integer("jpki.revocation.max-age.seconds", 300, 1, 7 * 24 * 3600);
        return new RevocationSources(uri(c, "jpki.ocsp"), uri(c, "jpki.crl"), Duration.ofSeconds(maxAge));
    }

    private static Optional<URI> uri(NodeConfig c, String key) throws ConfigException {
        Optional<NodeConfig.Entry> e = c.optional(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(e.get().value());
            if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw c.error(e.get(), "must be an http:// URL, e.g. http://10.1.2.3:8080/ocsp");
            }
            return Optional.of(uri);
        } catch (URISyntaxException ex) {
            throw c.error(e.get(), "not a URL: " + ex.getMessage());
        }
    }
}
