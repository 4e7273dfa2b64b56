package jp.konbini.relay;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslContext;
import java.util.ArrayDeque;
import java.util.Queue;
import jp.konbini.crypto.PeerAuthenticatedEvent;
import jp.konbini.node.SecureClient;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MessageBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk's connection through the relay. The relay reads frame headers only: it never decodes a
 * body, so it cannot read a request or a certificate. In this first version each kiosk connection
 * gets its own hub connection; reading stops on one side while the other cannot take more (no queue
 * grows without bound).
 */
final class KioskLinkHandler extends SimpleChannelInboundHandler<Frame> {
    private static final Logger LOG = LoggerFactory.getLogger(KioskLinkHandler.class);
    /** Frames held while the hub link is being opened; a kiosk sends one or two at that point. */
    static final int MAX_PENDING = 16;

    private final String relayId;
    private final Upstream hub;
    private final SslContext ssl;
    private final ProtocolLimits limits;
    private final Queue<Frame> pending = new ArrayDeque<>();
    private Channel kiosk;
    private Channel upstream;

    KioskLinkHandler(String relayId, Upstream hub, SslContext ssl, ProtocolLimits limits) {
        this.relayId = relayId;
        this.hub = hub;
        this.ssl = ssl;
        this.limits = limits;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof PeerAuthenticatedEvent e) {
            kiosk = ctx.channel();
            kiosk.config().setAutoRead(false);
            LOG.info("kiosk {} connected; opening hub link", e.peer().nodeId());
            SecureClient.frames(relayId, ctx.channel().eventLoop(), hub, ssl, limits, new HubSide())
                    .whenComplete((ch, failure) -> ctx.executor().execute(() -> hubReady(ch, failure)));
        }
        super.userEventTriggered(ctx, evt);
    }

    private void hubReady(Channel ch, Throwable failure) {
        if (failure != null) {
            LOG.warn("hub unreachable: {}", failure.getMessage());
            byte[] body = MessageBodies.encode(new ErrorMessage(ErrorCode.UNAVAILABLE, "hub unreachable"));
            kiosk.writeAndFlush(new Frame(ProtocolVersion.CURRENT, MessageType.ERROR.code(), 0, 0, body))
                    .addListener(f -> kiosk.close());
            return;
        }
        if (!kiosk.isActive()) {
            ch.close();
            return;
        }
        upstream = ch;
        Frame f;
        while ((f = pending.poll()) != null) {
            upstream.write(f);
        }
        upstream.flush();
        kiosk.config().setAutoRead(true);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        if (!ServicePath.allowedFromKiosk(frame.type())) {
            LOG.warn("kiosk sent frame type 0x{} outside the service path; closing", Integer.toHexString(frame.type()));
            ctx.close();
            return;
        }
        if (upstream == null) {
            if (pending.size() >= MAX_PENDING) {
                LOG.warn("kiosk sent too many frames before the hub link was up; closing");
                ctx.close();
                return;
            }
            pending.add(frame);
            return;
        }
        upstream.writeAndFlush(frame);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (upstream != null) {
            upstream.config().setAutoRead(ctx.channel().isWritable());
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        pending.clear();
        if (upstream != null) {
            upstream.close();
        }
        super.channelInactive(ctx);
    }

    /** The hub's side: frames back to the kiosk, same filter the other way. */
    private final class HubSide extends SimpleChannelInboundHandler<Frame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
            if (!ServicePath.allowedFromHub(frame.type())) {
                LOG.warn("hub sent frame type 0x{} outside the service path; dropped", Integer.toHexString(frame.type()));
                return;
            }
            kiosk.writeAndFlush(frame);
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
            kiosk.config().setAutoRead(ctx.channel().isWritable());
            super.channelWritabilityChanged(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (kiosk != null) {
                kiosk.close();
            }
            super.channelInactive(ctx);
        }
    }
}
