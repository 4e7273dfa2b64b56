package jp.konbini.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The config files of a one-machine chain, laid out as {@code conf/} describes: each file beside a
 * {@code pki/} folder, all on loopback, each node allowing only its one listed peer.
 */
final class DemoConfigs {
    /** The ports of one chain on loopback. */
    record Ports(int city, int hub, int relay) {
    }

    private DemoConfigs() {
    }

    static void write(Path dir, String cityCode, Ports ports) throws IOException {
        String city = "city-" + cityCode;
        Files.writeString(dir.resolve(city + ".conf"), """
                # City server (証明書発行サーバ) of %1$s: accepts only the J-LIS hub.
                node.id = %2$s
                listen = 127.0.0.1:%3$d
                tls.key = pki/nodes/%2$s/node.key.pem
                tls.certificate = pki/nodes/%2$s/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                allow.source = 127.0.0.1/32
                allow.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=hub-1
                city.code = %1$s
                city.name = 秋田市
                city.mayor = 秋田市長　久保田　誠
                # AUTO_SERVER: a lab's tests and tools may read the database while the city runs (H2 opens a
                # TCP port for that, on 127.0.0.1 only (the launcher sets h2.bindAddress), guarded by a random
                # key in the database's lock file; labs only)
                db.url = jdbc:h2:file:./%2$s/data/city;AUTO_SERVER=TRUE
                fee.juminhyo = 200
                # a lab must issue at any hour; a real city keeps the law's hours (the default)
                service.hours = always
                """.formatted(cityCode, city, ports.city()));
        Files.writeString(dir.resolve("hub-1.conf"), """
                # J-LIS hub (証明書交付センター): accepts relay-1, routes to the city servers.
                node.id = hub-1
                listen = 127.0.0.1:%2$d
                tls.key = pki/nodes/hub-1/node.key.pem
                tls.certificate = pki/nodes/hub-1/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                allow.source = 127.0.0.1/32
                allow.peer = role=relay issuer=pki/ca/jlis-network/ca.crt.pem cn=relay-1
                jpki.trust = pki/ca/jpki/ca.crt.pem
                route.issuer = pki/ca/jlis-network/ca.crt.pem
                route = %1$s 127.0.0.1:%3$d city-%1$s
                paper.scramble.key = pki/paper/scramble.key
                paper.seal.key = pki/paper/seal.key.pem
                paper.seal.public = pki/paper/seal.pub.pem
                """.formatted(cityCode, ports.hub(), ports.city()));
        Files.writeString(dir.resolve("relay-1.conf"), """
                # ECS relay (中継サーバ): accepts kiosk-0001, forwards to hub-1.
                node.id = relay-1
                listen = 127.0.0.1:%1$d
                tls.key = pki/nodes/relay-1/node.key.pem
                tls.certificate = pki/nodes/relay-1/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                tls.trust = pki/ca/store-operator/ca.crt.pem
                allow.source = 127.0.0.1/32
                allow.peer = role=kiosk issuer=pki/ca/store-operator/ca.crt.pem cn=kiosk-0001
                upstream = 127.0.0.1:%2$d
                upstream.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=hub-1
                """.formatted(ports.relay(), ports.hub()));
        Files.writeString(dir.resolve("kiosk-0001.conf"), """
                # Kiosk (キオスク端末) kiosk-0001: dials relay-1.
                node.id = kiosk-0001
                tls.key = pki/nodes/kiosk-0001/node.key.pem
                tls.certificate = pki/nodes/kiosk-0001/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                relay = 127.0.0.1:%1$d
                relay.peer = role=relay issuer=pki/ca/jlis-network/ca.crt.pem cn=relay-1
                """.formatted(ports.relay()));
    }

    static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
