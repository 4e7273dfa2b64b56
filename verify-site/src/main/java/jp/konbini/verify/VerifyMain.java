package jp.konbini.verify;

import jp.konbini.node.NodeRunner;

/** {@code bin/konbini verify --config FILE}: runs the verification site until stopped. */
public final class VerifyMain {
    static final String USAGE = """
            usage: konbini verify --config FILE

            Runs the verification site (検証サイト): an HTTPS page where a verifier uploads a scan of a
            certificate's back (PNG, JPEG or PDF) and sees the front as issued beside the verdict of the
            signed code. Keeps no upload. Example config: conf/verify.conf""";

    private VerifyMain() {
    }

    public static void main(String[] args) {
        NodeRunner.run("verify", USAGE, args, VerifyServer::start);
    }
}
