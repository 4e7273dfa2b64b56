package jp.konbini.kiosk;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.konbini.crypto.PeerRule;
import jp.konbini.node.ConfigException;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;
import jp.konbini.node.PeerRules;
import jp.konbini.node.Upstream;

/**
 * Everything the kiosk reads from its config file (see {@code conf/kiosk.conf}).
 *
 * @param fees    the fee table of the interactive screens ({@code fee} lines)
 * @param printer the system printer to print on when the command line names neither {@code --out} nor
 *                {@code --printer}
 */
record KioskConfig(NodeSettings node, Upstream relay, Optional<InetAddress> localBind, int timeoutSeconds,
                   FeeTable fees, Optional<String> printer) {

    static final List<String> KIOSK_KEYS = List.of("relay", "relay.peer", "local.bind", "timeout.seconds", "fee",
            "printer");

    static KioskConfig load(Path file) throws ConfigException {
        Set<String> repeatable = new HashSet<>(ConfigKeys.REPEATABLE);
        repeatable.add("fee");
        NodeConfig c = NodeConfig.load(file, ConfigKeys.of(ConfigKeys.IDENTITY, KIOSK_KEYS), Set.copyOf(repeatable));
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
                c.integer("timeout.seconds", 30, 1, 600), FeeTable.from(c),
                c.optional("printer").map(NodeConfig.Entry::value));
    }
}
