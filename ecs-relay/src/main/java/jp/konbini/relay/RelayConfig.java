package jp.konbini.relay;

import java.nio.file.Path;
import java.util.List;
import jp.konbini.crypto.PeerRule;
import jp.konbini.node.ConfigException;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.ListenSettings;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;
import jp.konbini.node.PeerRules;
import jp.konbini.node.Upstream;

/** Everything the relay reads from its config file (see {@code conf/relay.conf}). */
record RelayConfig(NodeSettings node, ListenSettings listen, Upstream hub) {

    static final List<String> RELAY_KEYS = List.of("upstream", "upstream.peer");

    static RelayConfig load(Path file) throws ConfigException {
        NodeConfig c = NodeConfig.load(file, ConfigKeys.of(ConfigKeys.IDENTITY, ConfigKeys.LISTENER, RELAY_KEYS),
                ConfigKeys.REPEATABLE);
        NodeSettings node = NodeSettings.from(c);
        ListenSettings listen = ListenSettings.from(c);
        var address = c.socketAddress(c.require("upstream"));
        List<PeerRule> rules = PeerRules.parseAll(c, "upstream.peer");
        if (rules.isEmpty()) {
            throw new ConfigException(c.file(), 0, "missing 'upstream.peer': the hub certificate the relay expects");
        }
        return new RelayConfig(node, listen, Upstream.of(address, rules));
    }
}
