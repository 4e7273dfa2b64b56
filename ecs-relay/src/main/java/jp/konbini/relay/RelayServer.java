package jp.konbini.relay;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import jp.konbini.node.SecureServer;
import jp.konbini.protocol.ProtocolLimits;

/** A running relay: kiosks in, a few long-lived connections to the hubs out. */
public final class RelayServer implements AutoCloseable {
    /** How long start-up waits for a first hub connection before it listens anyway (kiosks then get UNAVAILABLE). */
    private static final Duration FIRST_HUB_WAIT = Duration.ofSeconds(30);

    private final SecureServer server;
    private final HubLinks hubs;

    private RelayServer(SecureServer server, HubLinks hubs) {
        this.server = server;
        this.hubs = hubs;
    }

    public static RelayServer start(Path configFile) throws Exception {
        return start(configFile, RelayTap.NONE);
    }

    /**
     * A relay whose forwarded frames a test observes. For tests only (the privacy test): nothing in a config file
     * reaches this, and {@code bin/konbini relay} calls {@link #start(Path)}.
     */
    public static RelayServer startTapped(Path configFile, RelayTap tap) throws Exception {
        return start(configFile, java.util.Objects.requireNonNull(tap, "tap"));
    }

    private static RelayServer start(Path configFile, RelayTap tap) throws Exception {
        RelayConfig config = RelayConfig.load(configFile);
        ProtocolLimits limits = ProtocolLimits.defaults();
        String id = config.node().nodeId();
        HubLinks hubs = new HubLinks(id, config.hubs(), config.node().clientContext(), limits, config.limits());
        try {
            hubs.start(FIRST_HUB_WAIT);
            SecureServer server = SecureServer.frames(id, config.listen(), config.node().serverContext(), limits,
                    () -> new KioskSession(id, hubs, config.limits(), tap));
            return new RelayServer(server, hubs);
        } catch (Exception | Error e) {
            hubs.close();
            throw e;
        }
    }

    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    @Override
    public void close() {
        server.close();
        hubs.close();
    }
}
