package jp.konbini.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.pki.PkiInit;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.crypto.pki.PkiSpec;

/** A demo PKI minted once per test run: the cities', the hub's and the relay's node identities. */
final class HubTestPki {
    private static PkiLayout layout;

    private HubTestPki() {
    }

    static synchronized PkiLayout layout() {
        if (layout == null) {
            try {
                Path dir = Files.createTempDirectory("konbini-hub-test-pki-");
                layout = PkiInit.init(dir.resolve("pki"), PkiSpec.demo());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layout;
    }

    static NodeIdentity node(String nodeId) {
        try {
            return NodeIdentity.load(layout().nodeKey(nodeId), layout().nodeCertificate(nodeId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<X509Certificate> networkRoot() {
        try {
            return Pem.readCertificates(layout().caCertificate("jlis-network"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
