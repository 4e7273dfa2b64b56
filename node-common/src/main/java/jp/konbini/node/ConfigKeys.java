package jp.konbini.node;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The keys of a node's config file, so that each node lists what it understands in one place. */
public final class ConfigKeys {
    /** Identity and trust: every node has these. */
    public static final List<String> IDENTITY = List.of("node.id", "tls.key", "tls.certificate", "tls.trust");
    /** A node that accepts connections. */
    public static final List<String> LISTENER = List.of("listen", "allow.source", "allow.peer",
            LinkSettings.HANDSHAKE_KEY, LinkSettings.IDLE_KEY);
    /** Keys that may appear on many lines. */
    public static final Set<String> REPEATABLE =
            Set.of("tls.trust", "allow.source", "allow.peer", "route", "upstream.peer", "relay.peer", "jpki.trust");

    private ConfigKeys() {
    }

    @SafeVarargs
    public static Set<String> of(List<String>... groups) {
        Set<String> all = new HashSet<>();
        for (List<String> g : groups) {
            all.addAll(g);
        }
        return Set.copyOf(all);
    }
}
