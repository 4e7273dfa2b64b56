package jp.konbini.hub;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.PeerRule;
import jp.konbini.crypto.Role;
import jp.konbini.node.ConfigException;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.ListenSettings;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.LocalGovernmentCode;

/** Everything the hub reads from its config file (see {@code conf/hub.conf}). */
record HubConfig(NodeSettings node, ListenSettings listen, List<X509Certificate> jpkiRoots,
                 Map<String, CityRoute> routes, Duration challengeLifetime,
                 jp.konbini.crypto.RevocationSources revocation, Optional<PaperSettings> paper, Duration drain) {

    static final List<String> HUB_KEYS = List.of("jpki.trust", "route", "route.issuer", "challenge.lifetime.seconds",
            "drain.seconds");

    static HubConfig load(java.nio.file.Path file) throws ConfigException {
        NodeConfig c = NodeConfig.load(file, ConfigKeys.of(ConfigKeys.IDENTITY, ConfigKeys.LISTENER, HUB_KEYS,
                        HubRevocation.KEYS, PaperSettings.KEYS),
                ConfigKeys.REPEATABLE);
        NodeSettings node = NodeSettings.from(c);
        List<X509Certificate> jpki = new ArrayList<>();
        for (NodeConfig.Entry e : c.all("jpki.trust")) {
            try {
                jpki.addAll(Pem.readCertificates(c.existingPath(e)));
            } catch (ConfigException ex) {
                throw ex;
            } catch (Exception ex) {
                throw c.error(e, "cannot read the JPKI CA certificate: " + ex.getMessage());
            }
        }
        if (jpki.isEmpty()) {
            throw new ConfigException(c.file(), 0, "missing 'jpki.trust': the JPKI CA that issues residents' cards");
        }
        NodeConfig.Entry issuerEntry = c.require("route.issuer");
        X509Certificate cityIssuer;
        try {
            cityIssuer = Pem.readCertificates(c.existingPath(issuerEntry)).get(0);
        } catch (ConfigException ex) {
            throw ex;
        } catch (Exception ex) {
            throw c.error(issuerEntry, "cannot read the CA certificate of the city servers: " + ex.getMessage());
        }
        Map<String, CityRoute> routes = new HashMap<>();
        for (NodeConfig.Entry e : c.all("route")) {
            CityRoute route = parseRoute(c, e, cityIssuer);
            if (routes.put(route.code().value(), route) != null) {
                throw c.error(e, "city " + route.code().value() + " is routed twice");
            }
        }
        if (routes.isEmpty()) {
            throw new ConfigException(c.file(), 0, "missing 'route': at least one city (route = CODE HOST:PORT NODE-ID)");
        }
        int lifetime = c.integer("challenge.lifetime.seconds", 120, 5, 3600);
        int drain = c.integer("drain.seconds", 10, 1, 3600);
        return new HubConfig(node, ListenSettings.from(c), List.copyOf(jpki), Map.copyOf(routes),
                Duration.ofSeconds(lifetime), HubRevocation.load(c), PaperSettings.load(c), Duration.ofSeconds(drain));
    }

    /** {@code route = 052019 127.0.0.1:7201 city-052019}: code, address, the city server's certificate CN. */
    private static CityRoute parseRoute(NodeConfig c, NodeConfig.Entry e, X509Certificate cityIssuer)
            throws ConfigException {
        String[] parts = e.value().split("\\s+");
        if (parts.length != 3) {
            throw c.error(e, "route must read 'CODE HOST:PORT NODE-ID', e.g. 'route = 052019 10.1.2.3:7201 city-052019'");
        }
        LocalGovernmentCode code = LocalGovernmentCode.parse(parts[0]).orElseThrow(() -> c.error(e,
                "'" + parts[0] + "' is not a local government code (6 digits with a valid check digit)"));
        var address = c.socketAddress(new NodeConfig.Entry(e.key(), parts[1], e.line()));
        PeerRule rule = new PeerRule(Role.CITY, cityIssuer, Optional.of(parts[2]), Optional.empty());
        return new CityRoute(code, Upstream.of(address, List.of(rule)));
    }
}
