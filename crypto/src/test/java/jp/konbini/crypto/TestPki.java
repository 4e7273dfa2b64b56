package jp.konbini.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.konbini.crypto.pki.PkiInit;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.crypto.pki.PkiSpec;

/**
 * One demo PKI for the whole test run: RSA-2048 card keys take a while to generate, so they are made
 * once per JVM, not per test. Tests must not change its files; a test that changes a card copies it.
 */
public final class TestPki {

    private static PkiLayout layout;

    private TestPki() {
    }

    public static synchronized PkiLayout layout() {
        if (layout == null) {
            try {
                Path dir = Files.createTempDirectory("konbini-test-pki-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
                layout = PkiInit.init(dir.resolve("pki"), PkiSpec.demo());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layout;
    }

    public static NodeIdentity node(String nodeId) {
        try {
            return NodeIdentity.load(layout().nodeKey(nodeId), layout().nodeCertificate(nodeId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static X509Certificate ca(String domain) {
        return certificate(layout().caCertificate(domain));
    }

    public static X509Certificate certificate(Path pem) {
        try {
            return Pem.readCertificates(pem).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: a leftover temp directory is harmless.
        }
    }
}
