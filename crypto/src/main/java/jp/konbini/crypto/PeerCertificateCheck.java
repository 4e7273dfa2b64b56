package jp.konbini.crypto;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits right after the {@link SslHandler}: when the handshake completes it asks the {@link AllowList}
 * about the certificate chain the peer presented, and lets the connection through only if the peer is
 * listed. Used the same way by a server (checking who connected) and a client (checking whom it dialled).
 *
 * <ul>
 *   <li>handshake failed: WARN with the cause (DEBUG if the connection merely closed), close; the
 *       failure event is passed on;
 *   <li>refused: WARN with the reason, close; the success event is <em>not</em> passed on, so no
 *       application handler ever believes it is talking to an unlisted peer;
 *   <li>admitted: store {@link PeerIdentity#KEY}, INFO, pass the success event on, fire
 *       {@link PeerAuthenticatedEvent}, remove this handler.
 * </ul>
 *
 * <p>Until admission every inbound message is released and dropped, so no application data passes
 * from a peer that has not been checked. Stateless, so one instance may serve every channel of a node.
 */
@ChannelHandler.Sharable
public final class PeerCertificateCheck extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(PeerCertificateCheck.class);

    private final AllowList allowList;
    private final String localName;

    /**
     * @param allowList the node's allow-list
     * @param localName this node's name, the prefix of every log line
     */
    public PeerCertificateCheck(AllowList allowList, String localName) {
        this.allowList = Objects.requireNonNull(allowList, "allowList");
        this.localName = Objects.requireNonNull(localName, "localName");
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
    }

    /**
     * Before admission there is no application to tell: an exception here (the SslHandler reports a
     * failed handshake this way too, after the completion event that was already logged) closes the
     * connection.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("{}: closing {} before admission", localName, describe(ctx.channel().remoteAddress()), cause);
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (!(evt instanceof SslHandshakeCompletionEvent completion)) {
            ctx.fireUserEventTriggered(evt);
            return;
        }
        String remote = describe(ctx.channel().remoteAddress());
        if (!completion.isSuccess()) {
            Throwable cause = completion.cause();
            if (cause instanceof ClosedChannelException) {
                // Closed by the peer before any verdict, or by our own SourceAddressFilter, which has logged it.
                LOG.debug("{}: connection from {} closed before the TLS handshake completed", localName, remote);
            } else {
                LOG.warn("{}: TLS handshake with {} failed: {}", localName, remote,
                        cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
            }
            ctx.close();
            ctx.fireUserEventTriggered(evt);
            return;
        }
        PeerDecision decision = decide(ctx);
        switch (decision) {
            case PeerDecision.Refused(String reason) -> {
                LOG.warn("{}: refused {}: {}", localName, remote, reason);
                ctx.close();
            }
            case PeerDecision.Admitted(PeerIdentity peer) -> {
                ctx.channel().attr(PeerIdentity.KEY).set(peer);
                LOG.info("{}: admitted {} {} from {}", localName, peer.role().id(), peer.nodeId(), remote);
                // Out of the pipeline before the application hears of the peer; a removed context still forwards.
                ctx.pipeline().remove(this);
                ctx.fireUserEventTriggered(evt);
                ctx.fireUserEventTriggered(new PeerAuthenticatedEvent(peer));
            }
        }
    }

    private PeerDecision decide(ChannelHandlerContext ctx) {
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        if (ssl == null) {
            return new PeerDecision.Refused("no TLS handler in the pipeline");
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : ssl.engine().getSession().getPeerCertificates()) {
                if (certificate instanceof X509Certificate x509) {
                    chain.add(x509);
                }
            }
            return allowList.decide(chain);
        } catch (SSLPeerUnverifiedException e) {
            return new PeerDecision.Refused("peer presented no certificate");
        }
    }

    private static String describe(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
