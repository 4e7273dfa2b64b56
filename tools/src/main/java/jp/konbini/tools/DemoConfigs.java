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
 * one or more hubs ({@code hub-1}, {@code hub-2}, ...) whose routing tables name every city, one relay
 * listing every hub, and one config per kiosk.
 */
final class DemoConfigs {
    /**
     * The ports of one chain on loopback; {@code cities} by local government code, in the lab's order; {@code hubs}
     * of {@code hub-1}, {@code hub-2}, ... in order.
     */
    record Ports(Map<String, Integer> cities, List<Integer> hubs, int relay) {
        Ports {
            cities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cities));
            hubs = List.copyOf(hubs);
        }

        int city(String code) {
            return cities.get(code);
        }

        /** The first hub's port ({@code hub-1}). */
        int hub() {
            return hubs.getFirst();
        }
    }

    /** The node id of hub {@code n} (from 1). */
    static String hubId(int n) {
        return "hub-" + n;
    }

    private DemoConfigs() {
    }

    static void write(Path dir, List<LabCity> cities, List<String> kioskIds, Ports ports) throws IOException {
        List<String> hubIds = java.util.stream.IntStream.rangeClosed(1, ports.hubs().size()).mapToObj(DemoConfigs::hubId)
                .toList();
        for (LabCity c : cities) {
            writeCity(dir, c, ports.city(c.code()), hubIds);
        }
        String routes = cities.stream()
                .map(c -> "route = %s 127.0.0.1:%d %s".formatted(c.code(), ports.city(c.code()), c.nodeId()))
                .collect(Collectors.joining("\n"));
        for (int i = 0; i < hubIds.size(); i++) {
            Files.writeString(dir.resolve(hubIds.get(i) + ".conf"), """
                    # J-LIS hub (証明書交付センター): accepts relay-1, routes each request by its city code.
                    node.id = %1$s
                    listen = 127.0.0.1:%2$d
                    tls.key = pki/nodes/%1$s/node.key.pem
                    tls.certificate = pki/nodes/%1$s/node.crt.pem
                    tls.trust = pki/ca/jlis-network/ca.crt.pem
                    allow.source = 127.0.0.1/32
                    allow.peer = role=relay issuer=pki/ca/jlis-network/ca.crt.pem cn=relay-1
                    jpki.trust = pki/ca/jpki/ca.crt.pem
                    route.issuer = pki/ca/jlis-network/ca.crt.pem
                    %3$s
                    paper.scramble.key = pki/paper/scramble.key
                    paper.seal.key = pki/paper/seal.key.pem
                    paper.seal.public = pki/paper/seal.pub.pem
                    # a lab's requests queue behind many kiosks on shared cores: a hub that stops gives those in
                    # flight as long to finish as the lab's kiosks wait for an answer (default 10 s)
                    drain.seconds = 300
                    """.formatted(hubIds.get(i), ports.hubs().get(i), routes));
        }
        String kioskPeers = kioskIds.stream()
                .map(k -> "allow.peer = role=kiosk issuer=pki/ca/store-operator/ca.crt.pem cn=" + k)
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve("relay-1.conf"), """
                # ECS relay (中継サーバ): accepts the lab's kiosks, forwards to %4$s.
                node.id = relay-1
                listen = 127.0.0.1:%1$d
                tls.key = pki/nodes/relay-1/node.key.pem
                tls.certificate = pki/nodes/relay-1/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                tls.trust = pki/ca/store-operator/ca.crt.pem
                allow.source = 127.0.0.1/32
                %3$s
                %2$s
                """.formatted(ports.relay(), relayHubs(ports.hubs()), kioskPeers, String.join(" and ", hubIds)));
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

    /**
     * One hub: the single {@code upstream} key, as a relay with one hub is usually written. More: {@code hub.1},
     * {@code hub.2}, ... each with its own certificate, over which the relay spreads its kiosks' requests.
     */
    private static String relayHubs(List<Integer> hubPorts) {
        if (hubPorts.size() == 1) {
            return """
                    upstream = 127.0.0.1:%d
                    upstream.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=hub-1""".formatted(hubPorts.getFirst());
        }
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= hubPorts.size(); i++) {
            s.append("hub.%1$d = 127.0.0.1:%2$d\nhub.%1$d.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=%3$s\n"
                    .formatted(i, hubPorts.get(i - 1), hubId(i)));
        }
        return s.toString().stripTrailing();
    }

    private static void writeCity(Path dir, LabCity c, int port, List<String> hubIds) throws IOException {
        String hubPeers = hubIds.stream().map(h -> "allow.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=" + h)
                .collect(Collectors.joining("\n"));
        Files.writeString(dir.resolve(c.nodeId() + ".conf"), """
                # City server (証明書発行サーバ) of %1$s %4$s: accepts only the J-LIS hub.
                node.id = %2$s
                listen = 127.0.0.1:%3$d
                tls.key = pki/nodes/%2$s/node.key.pem
                tls.certificate = pki/nodes/%2$s/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                allow.source = 127.0.0.1/32
                %6$s
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
                """.formatted(c.code(), c.nodeId(), port, c.name(), c.mayor(), hubPeers));
    }
}
