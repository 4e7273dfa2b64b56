package jp.konbini.city;

import jp.konbini.node.NodeRunner;

/** {@code bin/konbini city --config FILE}: runs a city's 証明書発行サーバ until stopped. */
public final class CityMain {
    static final String USAGE = """
            usage: konbini city --config FILE

            Runs a city's certificate issuance server (証明書発行サーバ). It accepts only the J-LIS hub
            named in the config's allow-list, over TLS 1.3 with client certificates.
            Example config: conf/city.conf""";

    private CityMain() {
    }

    public static void main(String[] args) {
        NodeRunner.run("city", USAGE, args, CityServer::start);
    }
}
