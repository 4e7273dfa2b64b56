package jp.konbini.hub;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import jp.konbini.crypto.NodeIdentity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import jp.konbini.crypto.JpkiCertificateValidator;
import jp.konbini.node.SecureServer;
import jp.konbini.protocol.ProtocolLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running hub: one listening socket for relays and one lazily opened link per city. */
public final class HubServer implements AutoCloseable, HubContext {
    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
    /** Outstanding challenges the hub keeps at most. */
    static final int CHALLENGE_CAPACITY = 100_000;
    private final HubConfig config;
    private final ProtocolLimits limits = ProtocolLimits.defaults();
    private final ChallengeBook challenges;
    private final RequestAuthenticator authenticator;
    private final Map<String, CityLink> links = new HashMap<>();
    private final Set<RelaySessionHandler> sessions = ConcurrentHashMap.newKeySet();
    private SecureServer server;
    private final PaperSecurityStage paperSecurity;
    private final ThreadPoolExecutor workers = HubWorkers.create();

    private HubServer(HubConfig config) {
        this.config = config;
        this.paperSecurity = new PaperSecurityStage(config.paper());
        Clock clock = Clock.systemUTC();
        this.challenges = new ChallengeBook(clock, config.challengeLifetime(), CHALLENGE_CAPACITY);
        this.authenticator = new RequestAuthenticator(config.routes(), challenges,
                new JpkiCertificateValidator(config.jpkiRoots(), clock), HubRevocationCheck.from(config, clock));
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
    public PaperSecurityStage paperSecurity() {
        return paperSecurity;
    }

    @Override
    public NodeIdentity identity() {
        return config.node().identity();
    }

    @Override
    public Executor workers() {
        return workers;
    }

    @Override
    public CityLink cityLink(String cityCode) {
        return links.get(cityCode);
    }

    @Override
    public void sessionOpened(RelaySessionHandler session) {
        sessions.add(session);
    }

    @Override
    public void sessionClosed(RelaySessionHandler session) {
        sessions.remove(session);
    }

    /**
     * Graceful: no new relay connection, GOAWAY to every open one, in-flight requests and the visits begun finish
     * (up to {@code drain.seconds}), then the sockets close.
     */
    @Override
    public void close() {
        // a relay redials a connection that got GOAWAY: it must find this hub gone, not a new connection whose
        // requests the end of the drain would cut off
        server.stopAccepting();
        List<RelaySessionHandler> open = List.copyOf(sessions);
        CompletableFuture<?>[] drains = open.stream().map(s -> s.goAway("shutting down"))
                .toArray(CompletableFuture[]::new);
        Duration drain = config.drain();
        try {
            CompletableFuture.allOf(drains).get(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("drain took longer than {} s: closing the remaining relay connections", drain.toSeconds());
            open.forEach(RelaySessionHandler::closeNow);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("drain failed: {}", e.getCause().toString());
        }
        server.close();
        paperSecurity.close();
        workers.shutdownNow();
    }
}
