package jp.konbini.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import jp.konbini.crypto.Pem;

/**
 * A hostile but authenticated peer: a plain JDK TLS 1.3 client holding a real kiosk certificate, that
 * writes whatever bytes a test gives it. Used to prove that bad frames end only that connection.
 */
final class RawTlsPeer implements AutoCloseable {
    private final SSLSocket socket;

    RawTlsPeer(InetSocketAddress target, Path key, Path certificate, Path trustAnchor) throws Exception {
        PrivateKey pk = Pem.readPrivateKey(key);
        List<X509Certificate> chain = Pem.readCertificates(certificate);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("me", pk, new char[0], chain.toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("ca", Pem.readCertificates(trustAnchor).get(0));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        socket = (SSLSocket) ctx.getSocketFactory().createSocket(target.getAddress(), target.getPort());
        socket.setEnabledProtocols(new String[] {"TLSv1.3"});
        socket.setSoTimeout(30_000);
        socket.startHandshake();
    }

    void write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** True when the node closed the connection (end of stream or reset) before the read timeout. */
    boolean closedByPeer() {
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
