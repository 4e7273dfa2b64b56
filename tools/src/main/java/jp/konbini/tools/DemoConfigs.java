package jp.konbini.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The config files of a one-machine chain, laid out as {@code conf/} describes: each file beside a
 * {@code pki/} folder, all on loopback, each node allowing only its listed peers. One config per city,
 * one hub whose routing table names every city, one relay, and one config per kiosk.
 */
final class DemoConfigs {
    /** The ports of one chain on loopback; {@code cities} by local government code, in the lab's order. */
    record Ports(Map<String, Integer> cities, int hub, int relay) {
        Ports {
            cities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cities));
        }

        int city(String code) {
            return cities.get(code);
        }
    }

    private DemoConfigs() {
    }

    static void write(Path dir, List<LabCity> cities, List<String> kioskIds, Ports ports) throws IOException {
        for (LabCity c : cities) {
            writeCity(dir, c, ports.city(c.code()));
        }
        String routes = cities.stream()
                .map(c -> "route = %s 127.0.0.1:%d %s".formatted(c.code(), ports.city(c.code()), c.nodeId()))
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("hub-1.conf"), """
                # J-LIS hub (証明書交付センター): accepts relay-1, routes each request by its city code.
                node.id = hub-1
                listen = 127.0.0.1:%1$d
                tls.key = pki/nodes/hub-1/node.key.pem
                tls.certificate = pki/nodes/hub-1/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                allow.source = 127.0.0.1/32
                allow.peer = role=relay issuer=pki/ca/jlis-network/ca.crt.pem cn=relay-1
                jpki.trust = pki/ca/jpki/ca.crt.pem
                route.issuer = pki/ca/jlis-network/ca.crt.pem
                %2$s
                paper.scramble.key = pki/paper/scramble.key
                paper.seal.key = pki/paper/seal.key.pem
                paper.seal.public = pki/paper/seal.pub.pem
                """.formatted(ports.hub(), routes));
        String kioskPeers = kioskIds.stream()
                .map(k -> "allow.peer = role=kiosk issuer=pki/ca/store-operator/ca.crt.pem cn=" + k)
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("relay-1.conf"), """
                # ECS relay (中継サーバ): accepts the lab's kiosks, forwards to hub-1.
                node.id = relay-1
                listen = 127.0.0.1:%1$d
                tls.key = pki/nodes/relay-1/node.key.pem
                tls.certificate = pki/nodes/relay-1/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                tls.trust = pki/ca/store-operator/ca.crt.pem
                allow.source = 127.0.0.1/32
                %3$s
                upstream = 127.0.0.1:%2$d
                upstream.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=hub-1
                """.formatted(ports.relay(), ports.hub(), kioskPeers));
        for (String kiosk : kioskIds) {
            Files.writeString(dir.resolve(kiosk + ".conf"), """
                    # Kiosk (キオスク端末) %1$s: dials relay-1.
                    node.id = %1$s
                    tls.key = pki/nodes/%1$s/node.key.pem
                    tls.certificate = pki/nodes/%1$s/node.crt.pem
                    tls.trust = pki/ca/jlis-network/ca.crt.pem
                    relay = 127.0.0.1:%2$d
                    relay.peer = role=relay issuer=pki/ca/jlis-network/ca.crt.pem cn=relay-1
                    # every node of a lab and up to all its kiosks at once share this machine's cores: wait
                    # longer for an answer than a shop's kiosk would (default 30 s)
                    timeout.seconds = 300
                    """.formatted(kiosk, ports.relay()));
        }
    }

    private static void writeCity(Path dir, LabCity c, int port) throws IOException {
        Files.writeString(dir.resolve(c.nodeId() + ".conf"), """
                # City server (証明書発行サーバ) of %1$s %4$s: accepts only the J-LIS hub.
                node.id = %2$s
                listen = 127.0.0.1:%3$d
                tls.key = pki/nodes/%2$s/node.key.pem
                tls.certificate = pki/nodes/%2$s/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                allow.source = 127.0.0.1/32
                allow.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=hub-1
                city.code = %1$s
                city.name = %4$s
                city.mayor = %5$s
                # AUTO_SERVER: a lab's tests and tools may read the database while the city runs (H2 opens a
                # TCP port for that, on 127.0.0.1 only (the launcher sets h2.bindAddress), guarded by a random
                # key in the database's lock file; labs only)
                db.url = jdbc:h2:file:./%2$s/data/city;AUTO_SERVER=TRUE
                # every node of a lab shares this machine's cores (and a load run's 50 kiosks): give a
                # certificate's database work (with its rendering) more time than a city's own server needs
                db.timeout.seconds = 60
                fee.juminhyo = 200
                # a lab must issue at any hour; a real city keeps the law's hours (the default)
                service.hours = always
                """.formatted(c.code(), c.nodeId(), port, c.name(), c.mayor()));
    }
}
