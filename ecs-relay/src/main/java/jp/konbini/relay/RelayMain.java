package jp.konbini.relay;

import jp.konbini.node.NodeRunner;

/** {@code bin/konbini relay --config FILE}: runs the store operator's ECS relay until stopped. */
public final class RelayMain {
    static final String USAGE = """
            usage: konbini relay --config FILE

            Runs the store operator's ECS relay (中継サーバ): accepts the kiosks listed in the config and
            forwards their frames to the J-LIS hub, reading headers only. Stores nothing.
            Example config: conf/relay.conf""";

    private RelayMain() {
    }

    public static void main(String[] args) {
        NodeRunner.run("relay", USAGE, args, RelayServer::start);
    }
}
