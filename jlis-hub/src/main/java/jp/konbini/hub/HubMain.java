package jp.konbini.hub;

import jp.konbini.node.NodeRunner;

/** {@code bin/konbini hub --config FILE}: runs the J-LIS 証明書交付センター until stopped. */
public final class HubMain {
    static final String USAGE = """
            usage: konbini hub --config FILE

            Runs the J-LIS certificate issuance hub (証明書交付センター): accepts the relays listed in
            the config, checks each resident's card certificate and signature, and routes each request
            by its 6-digit local government code to that city's server. Stores nothing.
            Example config: conf/hub.conf""";

    private HubMain() {
    }

    public static void main(String[] args) {
        NodeRunner.run("hub", USAGE, args, HubServer::start);
    }
}
