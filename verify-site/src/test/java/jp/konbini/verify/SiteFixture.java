package jp.konbini.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.konbini.render.paper.BackPanel;
import jp.konbini.render.paper.Gray;
import jp.konbini.render.paper.PaperTrials;
import jp.konbini.render.paper.PrintScanSimulator;
import jp.konbini.render.paper.ScanDistortion;
import jp.konbini.render.paper.ScrambleKey;
import jp.konbini.render.paper.SealSigner;
import jp.konbini.render.paper.TrustedSealKey;

/** A running site on a free loopback port with a throw-away TLS key, and scans to upload. */
final class SiteFixture implements AutoCloseable {
    static final PaperTrials.Fixture PAPER = new PaperTrials(11).fixture();
    static final SealSigner SIGNER = new SealSigner(PAPER.sealKeys());
    static final ScanDistortion TYPICAL = new ScanDistortion(1.2, 1.0, 0.002, 0.7, 3.0 / 255, 85, 0.03, 1.0);

    final VerifyServer server;

    SiteFixture(Path dir, int maxUploadBytes) throws Exception {
        Path store = dir.resolve("site.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        PrivateKey key = (PrivateKey) ks.getKey("site", "changeit".toCharArray());
        X509Certificate cert = (X509Certificate) ks.getCertificate("site");
        VerifyConfig config = new VerifyConfig(new java.net.InetSocketAddress("127.0.0.1", 0),
                VerifyConfig.serverContext(key, cert), PAPER.master(),
                List.of(new TrustedSealKey("052019", PAPER.sealKeys().getPublic(), true)), maxUploadBytes);
        server = VerifyServer.start(config);
    }

    String url(String path) {
        return "https://127.0.0.1:" + server.address().getPort() + path;
    }

    /** A simulated 300 dpi scan (PNG) of the back of certificate {@code serial}. */
    static byte[] genuineScan(String serial) {
        return scan(serial, serial);
    }

    /** A back whose scramble image is of {@code serial} but whose code was taken from {@code codeOf}. */
    static byte[] scan(String serial, String codeOf) {
        Gray panel = BackPanel.compose(PAPER.front(), ScrambleKey.derive(PAPER.master(), serial, 1),
                SIGNER.sign(codeOf, PAPER.front()));
        return PrintScanSimulator.scan(panel, TYPICAL, serial.hashCode()).png();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Override
    public void close() {
        server.close();
    }
}
