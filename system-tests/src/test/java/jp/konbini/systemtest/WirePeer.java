package jp.konbini.systemtest;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import jp.konbini.crypto.Pem;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.codec.MessageBodies;

/**
 * A raw client for the attack suite: plain TCP or JDK TLS (any protocol version, with or without a client
 * certificate) that writes exact bytes and reads whole frames back, so a test states precisely what a hostile
 * or a well-behaved peer does.
 */
final class WirePeer implements AutoCloseable {

    /** One frame as read back: header fields and body. */
    record Received(int type, int streamId, byte[] body) {
    }

    private final Socket socket;
    private final DataInputStream in;

    private WirePeer(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
    }

    /** TLS with {@code protocol} ("TLSv1.3", "TLSv1.2"); {@code key}/{@code certificate} null for no client certificate. */
    static WirePeer tls(InetSocketAddress target, String protocol, Path key, Path certificate, Path trustAnchor)
            throws Exception {
        KeyManager[] keyManagers = null;
        if (key != null) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            List<X509Certificate> chain = Pem.readCertificates(certificate);
            ks.setKeyEntry("me", Pem.readPrivateKey(key), new char[0], chain.toArray(new Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, new char[0]);
            keyManagers = kmf.getKeyManagers();
        }
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("ca", Pem.readCertificates(trustAnchor).get(0));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(keyManagers, tmf.getTrustManagers(), null);
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(target.getAddress(), target.getPort());
        s.setEnabledProtocols(new String[] {protocol});
        s.setSoTimeout(15_000);
        s.startHandshake();
        return new WirePeer(s);
    }

    /** A TCP connection that has not started TLS: for a peer that never completes a handshake. */
    static WirePeer plain(InetSocketAddress target) throws IOException {
        Socket s = new Socket(target.getAddress(), target.getPort());
        s.setSoTimeout(15_000);
        return new WirePeer(s);
    }

    void write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    void send(int streamId, Message m) throws IOException {
        write(frame(streamId, m));
    }

    static byte[] frame(int streamId, Message m) {
        byte[] body = MessageBodies.encode(m);
        return ByteBuffer.allocate(16 + body.length).putInt(0x4A4C4953).put((byte) 1).put((byte) m.type().code())
                .putShort((short) 0).putInt(streamId).putInt(body.length).put(body).array();
    }

    static byte[] hello() {
        return frame(0, new Hello(1, 1, "attack-suite"));
    }

    static byte[] challengeRequest(int streamId) {
        return frame(streamId, new ChallengeRequest("kiosk-0001", "052019"));
    }

    /**
     * The next whole frame other than a heartbeat, waiting at most the socket timeout. A node's PING is answered
     * with a PONG, as every node's pipeline does (heartbeats are per hop, PROTOCOL.md §7).
     */
    Received read() throws IOException {
        while (true) {
            Received r = readFrame();
            if (r.streamId() == 0 && r.type() == 0x02) {
                Ping ping = (Ping) MessageBodies.decode(r.type(), r.body(), ProtocolLimits.defaults());
                send(0, new Pong(ping.token()));
            } else if (!(r.streamId() == 0 && r.type() == 0x03)) {
                return r;
            }
        }
    }

    private Received readFrame() throws IOException {
        if (in.readInt() != 0x4A4C4953) {
            throw new IOException("bad magic from the node");
        }
        in.readUnsignedByte();
        int type = in.readUnsignedByte();
        in.readUnsignedShort();
        int stream = in.readInt();
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("frame length " + length);
        }
        byte[] body = new byte[length];
        in.readFully(body);
        return new Received(type, stream, body);
    }

    /** True when the node closes the connection (end of stream or reset) within {@code within}. */
    boolean closedByNode(Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        long deadline = System.nanoTime() + within.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (socket.getInputStream().read() < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (EOFException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
