package jp.konbini.node;

import java.net.InetSocketAddress;
import java.util.List;
import jp.konbini.crypto.AllowList;
import jp.konbini.crypto.CidrRange;
import jp.konbini.crypto.PeerRule;

/**
 * A peer this node dials, and the certificate it must present. A client checks the server it reached
 * exactly as a server checks its clients: the right CA, the right role, the right name or key.
 */
public record Upstream(InetSocketAddress address, AllowList allowList) {

    public static Upstream of(InetSocketAddress address, List<PeerRule> rules) {
        int prefix = address.getAddress().getAddress().length * 8;
        CidrRange exact = new CidrRange(address.getAddress(), prefix);
        return new Upstream(address, new AllowList(List.of(exact), rules));
    }
}
