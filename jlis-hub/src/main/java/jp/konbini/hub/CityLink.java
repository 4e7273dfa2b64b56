package jp.konbini.hub;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.node.SecureClient;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's one long-lived connection to one city server (LGWAN), shared by all requests for that city:
 * each request gets its own stream id, and answers are dispatched by stream id only, so an answer can
 * reach nobody but the stream that asked. The connection is opened on first use and reopened after a
 * failure.
 */
final class CityLink {
    private static final Logger LOG = LoggerFactory.getLogger(CityLink.class);

    private final String hubId;
    private final CityRoute route;
    private final EventLoopGroup group;
    private final SslContext ssl;
    private final ProtocolLimits limits;
    private final Map<Integer, StreamListener> streams = new ConcurrentHashMap<>();
    private final AtomicInteger nextStream = new AtomicInteger(1);
    private CompletableFuture<Channel> channel;

    CityLink(String hubId, CityRoute route, EventLoopGroup group, SslContext ssl, ProtocolLimits limits) {
        this.hubId = hubId;
        this.route = route;
        this.group = group;
        this.ssl = ssl;
        this.limits = limits;
    }

    /** Opens a stream; the future fails when the city cannot be reached. */
    CompletableFuture<CityStream> open(StreamListener listener) {
        return connection().thenApply(ch -> {
            int id = nextStream.getAndAdd(2) & 0x7fffffff;
            streams.put(id, listener);
            return new CityStream(ch, id, () -> streams.remove(id));
        });
    }

    private synchronized CompletableFuture<Channel> connection() {
        if (channel != null && (!channel.isDone() || (!channel.isCompletedExceptionally() && channel.join().isActive()))) {
            return channel;
        }
        channel = SecureClient.messages(hubId, group, route.upstream(), null, ssl, limits, new Inbound());
        channel.thenAccept(ch -> {
            LOG.info("link to city {} up ({})", route.code().value(), ch.remoteAddress());
            ch.writeAndFlush(new Envelope(0, new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.CURRENT, hubId)));
        });
        return channel;
    }

    /** Dispatches the city's answers to the stream that asked. */
    private final class Inbound extends SimpleChannelInboundHandler<Envelope> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Envelope env) {
            if (env.streamId() == 0) {
                return; // connection-level: the city's hello or pong
            }
            StreamListener l = streams.get(env.streamId());
            if (l == null) {
                LOG.warn("city {} answered on unknown stream {}: dropped", route.code().value(), env.streamId());
                return;
            }
            l.onMessage(env.message());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            LOG.warn("link to city {} down", route.code().value());
            streams.values().forEach(StreamListener::onLinkDown);
            streams.clear();
            super.channelInactive(ctx);
        }
    }

    /** One request's stream on the city link. */
    record CityStream(Channel channel, int id, Runnable onClose) {
        void send(Message m) {
            channel.writeAndFlush(new Envelope(id, m));
        }

        void close() {
            onClose.run();
        }
    }
}
