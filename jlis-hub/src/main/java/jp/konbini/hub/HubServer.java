package jp.konbini.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import jp.konbini.crypto.JpkiCertificateValidator;
import jp.konbini.node.SecureServer;
import jp.konbini.protocol.ProtocolLimits;

/** A running hub: one listening socket for relays and one lazily opened link per city. */
public final class HubServer implements AutoCloseable, HubContext {
    /** Outstanding challenges the hub keeps at most. */
    static final int CHALLENGE_CAPACITY = 100_000;

    private final HubConfig config;
    private final ProtocolLimits limits = ProtocolLimits.defaults();
    private final ChallengeBook challenges;
    private final RequestAuthenticator authenticator;
    private final Map<String, CityLink> links = new HashMap<>();
    private SecureServer server;

    private HubServer(HubConfig config) {
        this.config = config;
        Clock clock = Clock.systemUTC();
        this.challenges = new ChallengeBook(clock, config.challengeLifetime(), CHALLENGE_CAPACITY);
        this.authenticator = new RequestAuthenticator(config.routes(), challenges,
                new JpkiCertificateValidator(config.jpkiRoots(), clock));
    }

    public static HubServer start(Path configFile) throws Exception {
        HubConfig config = HubConfig.load(configFile);
        HubServer hub = new HubServer(config);
        hub.server = SecureServer.messages(config.node().nodeId(), config.listen(), config.node().serverContext(),
                hub.limits, () -> new RelaySessionHandler(hub));
        var clientSsl = config.node().clientContext();
        config.routes().forEach((code, route) -> hub.links.put(code,
                new CityLink(config.node().nodeId(), route, hub.server.workers(), clientSsl, hub.limits)));
        return hub;
    }

    @Override
    public String nodeId() {
        return config.node().nodeId();
    }

    @Override
    public ProtocolLimits limits() {
        return limits;
    }

    @Override
    public ChallengeBook challenges() {
        return challenges;
    }

    @Override
    public RequestAuthenticator authenticator() {
        return authenticator;
    }

    @Override
    public CityLink cityLink(String cityCode) {
        return links.get(cityCode);
    }

    @Override
    public void close() {
        server.close();
    }
}
