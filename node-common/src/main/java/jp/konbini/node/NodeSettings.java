package jp.konbini.node;

import io.netty.handler.ssl.SslContext;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.TlsContexts;

/**
 * Who this node is (its key and certificate) and which certificate authorities it trusts. The node id
 * in the config must be the certificate's CN, so a config copied to the wrong host stops at start-up.
 */
public record NodeSettings(String nodeId, NodeIdentity identity, List<X509Certificate> trustAnchors) {

    public static NodeSettings from(NodeConfig config) throws ConfigException {
        NodeConfig.Entry idEntry = config.require("node.id");
        NodeConfig.Entry keyEntry = config.require("tls.key");
        NodeConfig.Entry certEntry = config.require("tls.certificate");
        NodeIdentity identity;
        try {
            identity = NodeIdentity.load(config.existingPath(keyEntry), config.existingPath(certEntry));
        } catch (Exception e) {
            throw config.error(certEntry, "cannot load the node key and certificate: " + e.getMessage());
        }
        if (!identity.nodeId().equals(idEntry.value())) {
            throw config.error(idEntry, "node.id is '" + idEntry.value() + "' but the certificate is for '"
                    + identity.nodeId() + "'");
        }
        List<NodeConfig.Entry> trustEntries = config.all("tls.trust");
        if (trustEntries.isEmpty()) {
            throw new ConfigException(config.file(), 0, "missing required key 'tls.trust' (the CA certificates this node trusts)");
        }
        List<X509Certificate> anchors = new ArrayList<>();
        for (NodeConfig.Entry e : trustEntries) {
            anchors.addAll(readCertificates(config, e));
        }
        return new NodeSettings(idEntry.value(), identity, List.copyOf(anchors));
    }

    static List<X509Certificate> readCertificates(NodeConfig config, NodeConfig.Entry entry) throws ConfigException {
        Path p = config.existingPath(entry);
        try {
            List<X509Certificate> certs = Pem.readCertificates(p);
            if (certs.isEmpty()) {
                throw config.error(entry, p + " holds no certificate");
            }
            return certs;
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw config.error(entry, "cannot read certificate " + p + ": " + e.getMessage());
        }
    }

    public SslContext serverContext() throws SSLException {
        return TlsContexts.server(identity, trustAnchors);
    }

    public SslContext clientContext() throws SSLException {
        return TlsContexts.client(identity, trustAnchors);
    }
}
