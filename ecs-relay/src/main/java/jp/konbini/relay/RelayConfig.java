package jp.konbini.relay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.konbini.crypto.PeerRule;
import jp.konbini.node.ConfigException;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.ListenSettings;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;
import jp.konbini.node.PeerRules;
import jp.konbini.node.Upstream;

/**
 * Everything the relay reads from its config file (see {@code conf/relay.conf}).
 *
 * @param hubs       the hubs in the listed order, which breaks ties between equally busy hubs ({@code hub.1},
 *                   {@code hub.2}, ...; or the single {@code upstream})
 * @param limits     how much the relay carries at once
 */
record RelayConfig(NodeSettings node, ListenSettings listen, List<Upstream> hubs, MultiplexLimits limits) {

    /** Hubs a relay may list: {@code hub.1} to {@code hub.9}. */
    static final int MAX_HUBS = 9;
    static final List<String> RELAY_KEYS = List.of("upstream", "upstream.peer", "hub.links", "hub.link.streams",
            "hub.reconnect.max.seconds", "kiosk.streams", "kiosk.challenges", "kiosk.unsent.max.kib");

    static RelayConfig load(Path file) throws ConfigException {
        List<String> known = new ArrayList<>(RELAY_KEYS);
        Set<String> repeatable = new HashSet<>(ConfigKeys.REPEATABLE);
        for (int i = 1; i <= MAX_HUBS; i++) {
            known.add("hub." + i);
            known.add("hub." + i + ".peer");
            repeatable.add("hub." + i + ".peer");
        }
        NodeConfig c = NodeConfig.load(file, ConfigKeys.of(ConfigKeys.IDENTITY, ConfigKeys.LISTENER, known),
                Set.copyOf(repeatable));
        return new RelayConfig(NodeSettings.from(c), ListenSettings.from(c), hubs(c), limits(c));
    }

    /**
     * {@code hub.N = HOST:PORT}, numbered from 1 without gaps, each with its {@code hub.N.peer} lines or else the
     * shared {@code upstream.peer} lines. The single {@code upstream} key of earlier versions still means one hub.
     */
    private static List<Upstream> hubs(NodeConfig c) throws ConfigException {
        List<PeerRule> shared = PeerRules.parseAll(c, "upstream.peer");
        List<Upstream> hubs = new ArrayList<>();
        var single = c.optional("upstream");
        if (single.isPresent()) {
            if (c.optional("hub.1").isPresent()) {
                throw c.error(single.get(), "'upstream' and 'hub.1' both name a hub: keep one (hub.N lists hubs in order)");
            }
            hubs.add(Upstream.of(c.socketAddress(single.get()), required(c, shared, "upstream.peer")));
        }
        for (int i = 1; i <= MAX_HUBS; i++) {
            var entry = c.optional("hub." + i);
            if (entry.isEmpty()) {
                continue;
            }
            if (hubs.size() != i - 1) {
                throw c.error(entry.get(), "'hub." + i + "' without 'hub." + (i - 1) + "': number hubs 1, 2, ... in order");
            }
            List<PeerRule> own = PeerRules.parseAll(c, "hub." + i + ".peer");
            hubs.add(Upstream.of(c.socketAddress(entry.get()),
                    required(c, own.isEmpty() ? shared : own, "hub." + i + ".peer' or 'upstream.peer")));
        }
        if (hubs.isEmpty()) {
            throw new ConfigException(c.file(), 0, "missing 'hub.1' (or 'upstream'): the hub the relay forwards to");
        }
        return List.copyOf(hubs);
    }

    private static List<PeerRule> required(NodeConfig c, List<PeerRule> rules, String key) throws ConfigException {
        if (rules.isEmpty()) {
            throw new ConfigException(c.file(), 0, "missing '" + key + "': the hub certificate the relay expects");
        }
        return rules;
    }

    private static MultiplexLimits limits(NodeConfig c) throws ConfigException {
        MultiplexLimits d = MultiplexLimits.defaults();
        return new MultiplexLimits(
                c.integer("hub.links", d.linksPerHub(), 1, 16),
                c.integer("hub.link.streams", d.streamsPerLink(), 1, 65_536),
                c.integer("kiosk.streams", d.streamsPerKiosk(), 1, 64),
                c.integer("kiosk.challenges", d.challengesPerKiosk(), 1, 4096),
                c.integer("kiosk.unsent.max.kib", d.unsentPerKioskBytes() / 1024, 64, 65_536) * 1024,
                Duration.ofSeconds(c.integer("hub.reconnect.max.seconds", (int) d.reconnectMax().toSeconds(), 1, 300)));
    }
}
