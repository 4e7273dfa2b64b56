package jp.konbini.relay;

import java.nio.file.Path;
import jp.konbini.node.SecureServer;
import jp.konbini.protocol.ProtocolLimits;

/** A running relay: kiosks in, the hub out. */
public final class RelayServer implements AutoCloseable {
    private final SecureServer server;

    private RelayServer(SecureServer server) {
        this.server = server;
    }

    public static RelayServer start(Path configFile) throws Exception {
        RelayConfig config = RelayConfig.load(configFile);
        var clientSsl = config.node().clientContext();
        ProtocolLimits limits = ProtocolLimits.defaults();
        SecureServer server = SecureServer.frames(config.node().nodeId(), config.listen(),
                config.node().serverContext(), limits,
                () -> new KioskLinkHandler(config.node().nodeId(), config.hub(), clientSsl, limits));
        return new RelayServer(server);
    }

    @Override
    public void close() {
        server.close();
    }
}
