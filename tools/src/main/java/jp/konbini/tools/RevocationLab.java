package jp.konbini.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Revocation checking in a one-machine chain: the JPKI CA's OCSP responder and CRL endpoint on a free
 * loopback port ({@code tools jpki ocsp}), and the hub's config pointed at them. Optional: a lab made
 * without it has a hub that checks no revocation.
 */
final class RevocationLab {
    /** Short enough that a revocation reaches the demo's hub within minutes, long enough to cache. */
    static final int MAX_AGE_SECONDS = 60;

    private RevocationLab() {
    }

    /** Adds the revocation keys to {@code dir/hub-1.conf}; returns the responder's {@code HOST:PORT}. */
    static String enable(Path dir) throws IOException {
        String listen = "127.0.0.1:" + FreePorts.outside(dir);
        Files.writeString(dir.resolve("hub-1.conf"), """
                # Revocation (失効確認): OCSP first, the CRL if OCSP does not answer; answers older than the
                # limit are not believed, and a request whose card status cannot be established is refused.
                jpki.ocsp = http://%1$s/ocsp
                jpki.crl = http://%1$s/jpki.crl
                jpki.revocation.max-age.seconds = %2$d
                """.formatted(listen, MAX_AGE_SECONDS), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return listen;
    }

    /** Starts {@code tools jpki ocsp} for the lab's PKI as its own process, logging to {@code dir/jpki-ocsp}. */
    static NodeProcess startResponder(Path dir, String listen) throws IOException {
        return NodeProcess.start("jpki-ocsp", "konbini.tools/jp.konbini.tools.ToolsMain", dir.resolve("jpki-ocsp"),
                List.of("jpki", "ocsp", "--pki", dir.resolve("pki").toString(), "--listen", listen));
    }
}
