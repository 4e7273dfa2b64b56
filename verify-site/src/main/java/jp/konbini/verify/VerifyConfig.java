package jp.konbini.verify;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;
import jp.konbini.crypto.Pem;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import jp.konbini.render.paper.TrustedSealKey;

/** What the verification site reads from its config file (see {@code conf/verify.conf}). */
public record VerifyConfig(InetSocketAddress listen, SslContext ssl, byte[] masterScrambleKey,
        List<TrustedSealKey> sealKeys, int maxUploadBytes) {

    static final Set<String> KEYS = Set.of("listen", "tls.key", "tls.certificate", "paper.scramble.key", "seal.trust",
            "upload.max.bytes");

    public static VerifyConfig load(Path file) throws ConfigException {
        NodeConfig c = NodeConfig.load(file, KEYS, Set.of("seal.trust"));
        InetSocketAddress listen = c.socketAddress(c.require("listen"));
        SslContext ssl;
        NodeConfig.Entry key = c.require("tls.key");
        NodeConfig.Entry cert = c.require("tls.certificate");
        try {
            List<X509Certificate> chain = Pem.readCertificates(c.existingPath(cert));
            ssl = SslContextBuilder.forServer(Pem.readPrivateKey(c.existingPath(key)), chain.toArray(X509Certificate[]::new))
                    .protocols("TLSv1.3", "TLSv1.2").build();
        } catch (IOException | IllegalArgumentException e) {
            throw c.error(key, "cannot read the site's TLS key or certificate: " + e.getMessage());
        }
        NodeConfig.Entry scramble = c.require("paper.scramble.key");
        byte[] master;
        try {
            master = HexFormat.of().parseHex(Files.readString(c.existingPath(scramble), StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            throw c.error(scramble, "cannot read the master scramble key (64 hex digits)");
        }
        List<TrustedSealKey> keys = new ArrayList<>();
        for (NodeConfig.Entry e : c.all("seal.trust")) {
            String[] parts = e.value().split("\\s+");
            if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals("retired"))) {
                throw c.error(e, "seal.trust must read 'FILE ISSUER [retired]', e.g. 'seal.trust = pki/paper/seal.pub.pem 052019'");
            }
            Path pub = c.existingPath(new NodeConfig.Entry(e.key(), parts[0], e.line()));
            try {
                keys.add(new TrustedSealKey(parts[1], readPublicKey(pub), parts.length == 2));
            } catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
                throw c.error(e, "cannot read the seal public key: " + ex.getMessage());
            }
        }
        if (keys.isEmpty()) {
            throw new ConfigException(c.file(), 0, "missing 'seal.trust': at least one city seal public key");
        }
        int max = c.integer("upload.max.bytes", 20 << 20, 1 << 16, 100 << 20);
        return new VerifyConfig(listen, ssl, master, List.copyOf(keys), max);
    }

    /** A PEM "PUBLIC KEY" (SubjectPublicKeyInfo) block, as {@code tools pki init} writes the seal key. */
    static PublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        int from = pem.indexOf("-----BEGIN PUBLIC KEY-----");
        int to = pem.indexOf("-----END PUBLIC KEY-----");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file + ": no PUBLIC KEY block");
        }
        return KeyFactory.getInstance("EC").generatePublic(
                new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem.substring(from + 26, to))));
    }

    /** For tests and embedding: a config from parts. */
    public static SslContext serverContext(java.security.PrivateKey key, X509Certificate cert) throws SSLException {
        return SslContextBuilder.forServer(key, cert).protocols("TLSv1.3", "TLSv1.2").build();
    }
}
