package jp.konbini.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.konbini.crypto.pki.PkiInit;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.crypto.pki.PkiSpec;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.ListenSettings;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;

/**
 * A folder with a PKI from the project's own CA code (two hubs, one relay, one kiosk, no cards) and the config
 * files of the nodes the socket tests start: real certificates, real mutual TLS 1.3, all on 127.0.0.1.
 */
final class SocketLab {
    final Path dir;
    final PkiLayout pki;

    SocketLab(Path dir) {
        this.dir = dir;
        try {
            pki = PkiInit.init(dir.resolve("pki"), new PkiSpec(List.of("052019"), List.of("hub-1", "hub-2"),
                    List.of("relay-1"), List.of("kiosk-0001"), 0, 7L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String identity(String id) {
        return """
                node.id = %1$s
                tls.key = pki/nodes/%1$s/node.key.pem
                tls.certificate = pki/nodes/%1$s/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                tls.trust = pki/ca/store-operator/ca.crt.pem
                """.formatted(id);
    }

    /** A hub that lets relay-1 in, listening on {@code port} (0: any free port). */
    NodeConfig hubConfig(String id, int port) {
        return load(id + ".conf", identity(id) + """
                listen = 127.0.0.1:%d
                allow.source = 127.0.0.1/32
                allow.peer = role=relay issuer=pki/ca/jlis-network/ca.crt.pem cn=relay-1
                """.formatted(port));
    }

    /** relay-1, with {@code extra} lines naming its hubs and limits. */
    Path relayConfig(String extra) {
        return write("relay-1.conf", identity("relay-1") + """
                listen = 127.0.0.1:0
                allow.source = 127.0.0.1/32
                allow.peer = role=kiosk issuer=pki/ca/store-operator/ca.crt.pem cn=kiosk-0001
                """ + extra);
    }

    NodeSettings kiosk() {
        try {
            return NodeSettings.from(load("kiosk-0001.conf", identity("kiosk-0001")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ListenSettings listen(NodeConfig c) {
        try {
            return ListenSettings.from(c);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static NodeSettings node(NodeConfig c) {
        try {
            return NodeSettings.from(c);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private NodeConfig load(String name, String text) {
        try {
            return NodeConfig.load(write(name, text), ConfigKeys.of(ConfigKeys.IDENTITY, ConfigKeys.LISTENER),
                    ConfigKeys.REPEATABLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
