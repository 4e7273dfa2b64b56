package jp.konbini.tools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import jp.konbini.crypto.pki.JpkiRevocations;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;

/**
 * {@code konbini tools jpki ocsp}: the JPKI CA's revocation service on plain HTTP, as the hub expects
 * it: {@code POST /ocsp} answers OCSP requests (RFC 6960, signed by the CA itself) and
 * {@code GET /jpki.crl} serves a freshly signed CRL. Both read the CA's revocation list again whenever
 * {@code tools jpki revoke} has changed it.
 */
final class JpkiOcspCommand implements ToolsMain.Command {
    /** How long a signed answer says it is current; the hub's own freshness limit is usually shorter. */
    static final Duration ANSWER_VALIDITY = Duration.ofHours(1);
    private static final int MAX_REQUEST = 64 * 1024;

    @Override
    public String usage() {
        return """
                usage: konbini tools jpki ocsp --pki DIR --listen HOST:PORT

                Runs the JPKI CA's OCSP responder and CRL distribution point for the CA in DIR/ca/jpki:
                  POST http://HOST:PORT/ocsp       OCSP (application/ocsp-request -> ocsp-response)
                  GET  http://HOST:PORT/jpki.crl   the current CRL (DER)
                Point the hub at them with jpki.ocsp and jpki.crl. Stops on Ctrl-C / SIGTERM.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("pki", "listen"), Set.of());
        Path caDir = new PkiLayout(Path.of(cl.require("pki"))).caDirectory(PkiLayout.JPKI);
        InetSocketAddress listen = address(cl.require("listen"));
        Revocations revocations = new Revocations(caDir);
        revocations.current();
        HttpServer server = HttpServer.create(listen, 64);
        server.createContext("/ocsp", exchange -> ocsp(exchange, revocations));
        server.createContext("/jpki.crl", exchange -> crl(exchange, revocations));
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        out.println("jpki-ocsp: listening on " + listen.getHostString() + ":" + server.getAddress().getPort()
                + " (POST /ocsp, GET /jpki.crl)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            stopped.countDown();
        }, "jpki-ocsp-stop"));
        stopped.await();
        return 0;
    }

    private static void ocsp(HttpExchange exchange, Revocations revocations) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readNBytes(MAX_REQUEST + 1);
            }
            if (request.length > MAX_REQUEST) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            reply(exchange, "application/ocsp-response",
                    revocations.current().ocspResponse(request, Instant.now(), ANSWER_VALIDITY));
        }
    }

    private static void crl(HttpExchange exchange, Revocations revocations) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            try {
                reply(exchange, "application/pkix-crl", revocations.current().crl(Instant.now(), ANSWER_VALIDITY).getEncoded());
            } catch (java.security.cert.CRLException e) {
                exchange.sendResponseHeaders(500, -1);
            }
        }
    }

    private static void reply(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static InetSocketAddress address(String hostPort) throws UsageException {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 1) {
            throw new UsageException("--listen must be HOST:PORT, e.g. 127.0.0.1:8088");
        }
        String host = hostPort.substring(0, colon);
        if (!host.matches("[0-9.]+|\\[?[0-9A-Fa-f:.]+]?")) {
            throw new UsageException("--listen needs a literal IP address, not '" + host + "'");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host.replace("[", "").replace("]", "")),
                    Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            throw new UsageException("--listen must be a literal IP and a port: " + e.getMessage());
        }
    }

    /** The CA's revocation list, read again when {@code revoked.tsv} changes. */
    private static final class Revocations {
        private final Path caDir;
        private JpkiRevocations loaded;
        private FileTime loadedStamp;

        Revocations(Path caDir) {
            this.caDir = caDir;
        }

        synchronized JpkiRevocations current() throws IOException {
            Path file = caDir.resolve(JpkiRevocations.REVOKED_FILE);
            FileTime stamp = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
            if (loaded == null || !stamp.equals(loadedStamp)) {
                loaded = JpkiRevocations.load(caDir);
                loadedStamp = stamp;
            }
            return loaded;
        }
    }
}
