package jp.konbini.hub;

import java.security.cert.X509Certificate;
import java.util.Optional;
import jp.konbini.crypto.PeerIdentity;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
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
    /**
     * Requests open towards one city at most. A city that stops answering fills this window and its next
     * requests get BUSY at once, instead of a queue that grows with every kiosk that tries.
     */
    static final int MAX_IN_FLIGHT = 64;

    /** Dials the city and installs {@code inbound} as the link's handler; a seam for tests. */
    interface Dialer {
        CompletableFuture<Channel> dial(ChannelHandler inbound);
    }

    private final String hubId;
    private final CityRoute route;
    private final Dialer dialer;
    private final int maxInFlight;
    private final Map<Integer, StreamListener> streams = new ConcurrentHashMap<>();
    private final AtomicInteger nextStream = new AtomicInteger(1);
    private CompletableFuture<Channel> channel;

    CityLink(String hubId, CityRoute route, EventLoopGroup group, SslContext ssl, ProtocolLimits limits) {
        this(hubId, route, inbound -> SecureClient.messages(hubId, group, route.upstream(), null, ssl, limits, inbound),
                MAX_IN_FLIGHT);
    }

    CityLink(String hubId, CityRoute route, Dialer dialer, int maxInFlight) {
        this.hubId = hubId;
        this.route = route;
        this.dialer = dialer;
        this.maxInFlight = maxInFlight;
    }

    /**
     * Opens a stream; the future fails with {@link CityBusyException} when this city's window is full or its
     * link cannot take more bytes (the city stopped reading), and with another exception when the city cannot
     * be reached. Other cities have their own link and window, so one slow city never holds them up.
     */
    CompletableFuture<CityStream> open(StreamListener listener) {
        if (streams.size() >= maxInFlight) {
            return CompletableFuture.failedFuture(new CityBusyException(maxInFlight + " requests already in flight"));
        }
        return connection().thenApply(ch -> {
            if (!ch.isWritable()) {
                throw new CityBusyException("the city is not reading (link not writable)");
            }
            if (streams.size() >= maxInFlight) {
                throw new CityBusyException(maxInFlight + " requests already in flight");
            }
            int id = nextStream.getAndAdd(2) & 0x7fffffff;
            streams.put(id, listener);
            return new CityStream(ch, id, () -> streams.remove(id));
        });
    }

    /** Requests open towards this city now. */
    int inFlight() {
        return streams.size();
    }

    /** This city's window is full or its link is not writable: answer BUSY, retry may help. */
    static final class CityBusyException extends RuntimeException {
        CityBusyException(String why) {
            super(why, null, false, false);
        }
    }

    private synchronized CompletableFuture<Channel> connection() {
        if (channel != null && (!channel.isDone() || (!channel.isCompletedExceptionally() && channel.join().isActive()))) {
            return channel;
        }
        channel = dialer.dial(new Inbound());
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
                if (env.message() instanceof Hello h
                        && ProtocolVersion.negotiate(ProtocolVersion.hello(hubId), h).isEmpty()) {
                    LOG.warn("city {} speaks protocol versions {}..{}, this hub {}..{}: closing the link",
                            route.code().value(), h.minVersion(), h.maxVersion(), ProtocolVersion.MIN_SUPPORTED,
                            ProtocolVersion.CURRENT);
                    ctx.close();
                }
                return; // connection-level: the city's hello, an error or a GOAWAY
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
        /** The certificate the city presented in this link's TLS handshake (admitted by the allow-list). */
        Optional<X509Certificate> cityCertificate() {
            return Optional.ofNullable(channel.attr(PeerIdentity.KEY).get()).map(PeerIdentity::certificate);
        }

        void send(Message m) {
            channel.writeAndFlush(new Envelope(id, m));
        }

        void close() {
            onClose.run();
        }
    }
}
