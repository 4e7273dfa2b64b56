package jp.konbini.kiosk;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.konbini.crypto.PeerRule;
import jp.konbini.node.ConfigException;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;
import jp.konbini.node.PeerRules;
import jp.konbini.node.Upstream;

/** Everything the kiosk reads from its config file (see {@code conf/kiosk.conf}). */
record KioskConfig(NodeSettings node, Upstream relay, Optional<InetAddress> localBind, int timeoutSeconds) {

    static final List<String> KIOSK_KEYS = List.of("relay", "relay.peer", "local.bind", "timeout.seconds");

    static KioskConfig load(Path file) throws ConfigException {
        NodeConfig c = NodeConfig.load(file, ConfigKeys.of(ConfigKeys.IDENTITY, KIOSK_KEYS), ConfigKeys.REPEATABLE);
        NodeSettings node = NodeSettings.from(c);
        var address = c.socketAddress(c.require("relay"));
        List<PeerRule> rules = PeerRules.parseAll(c, "relay.peer");
        if (rules.isEmpty()) {
            throw new ConfigException(c.file(), 0, "missing 'relay.peer': the relay certificate the kiosk expects");
        }
        Optional<InetAddress> bind = Optional.empty();
        var bindEntry = c.optional("local.bind");
        if (bindEntry.isPresent()) {
            bind = Optional.of(c.literalAddress(bindEntry.get(), bindEntry.get().value()));
        }
        return new KioskConfig(node, Upstream.of(address, rules), bind,
                c.integer("timeout.seconds", 30, 1, 600));
    }
}
