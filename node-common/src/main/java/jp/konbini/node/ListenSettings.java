package jp.konbini.node;

import java.net.InetSocketAddress;
import java.util.List;
import jp.konbini.crypto.AllowList;
import jp.konbini.crypto.CidrRange;
import jp.konbini.crypto.PeerRule;

/**
 * Where a node listens and whom it lets in: source ranges first, then listed peer certificates; and the
 * timeouts of each accepted connection ({@link LinkSettings}).
 */
public record ListenSettings(InetSocketAddress listen, AllowList allowList, LinkSettings link) {

    public ListenSettings {
        java.util.Objects.requireNonNull(link, "link");
    }

    /** With the default handshake and idle timeouts. */
    public ListenSettings(InetSocketAddress listen, AllowList allowList) {
        this(listen, allowList, LinkSettings.defaults());
    }

    public static ListenSettings from(NodeConfig config) throws ConfigException {
        InetSocketAddress listen = config.socketAddress(config.require("listen"));
        List<CidrRange> sources = PeerRules.sources(config);
        if (sources.isEmpty()) {
            throw new ConfigException(config.file(), 0, "missing 'allow.source': list the address ranges allowed to connect");
        }
        List<PeerRule> peers = PeerRules.parseAll(config, "allow.peer");
        if (peers.isEmpty()) {
            throw new ConfigException(config.file(), 0, "missing 'allow.peer': list the peers allowed to connect");
        }
        return new ListenSettings(listen, new AllowList(sources, peers), LinkSettings.from(config));
    }
}
