package jp.konbini.relay;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.SecureServer;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MessageBodies;

/**
 * A small hub for the socket tests: real TLS and allow-list, and an answer to each CHALLENGE_REQUEST that names
 * this hub, the kiosk id in the request and the hub-side stream, so a test can tell whose answer a kiosk got. A
 * request from a kiosk id starting with {@code hold} is never answered: it stays in flight.
 */
final class FakeHub implements AutoCloseable {
    final String id;
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    /** Hub-side stream ids the relay ended with an ERROR (stream cancel). */
    final Set<Integer> cancelled = ConcurrentHashMap.newKeySet();
    /** One permit per request seen, per cancel seen, per connection admitted: what a test waits on. */
    final Semaphore requestSeen = new Semaphore(0);
    final Semaphore cancelSeen = new Semaphore(0);
    final Semaphore helloSeen = new Semaphore(0);
    private final SecureServer server;

    FakeHub(String id, NodeConfig config) throws InterruptedException {
        this.id = id;
        this.server = SecureServer.frames(id, SocketLab.listen(config), serverContext(config),
                ProtocolLimits.defaults(), this::handler);
    }

    private static io.netty.handler.ssl.SslContext serverContext(NodeConfig config) {
        try {
            return SocketLab.node(config).serverContext();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.localAddress().getPort();
    }

    private ChannelHandler handler() {
        return new SimpleChannelInboundHandler<Frame>() {
            @Override
            public void channelActive(ChannelHandlerContext ctx) throws Exception {
                connections.incrementAndGet();
                super.channelActive(ctx);
            }

            @Override
            protected void channelRead0(ChannelHandlerContext ctx, Frame f) throws Exception {
                if (f.type() == MessageType.HELLO.code()) {
                    ctx.writeAndFlush(RelayFrames.message(0, ProtocolVersion.hello(id)));
                    helloSeen.release();
                } else if (f.type() == MessageType.ERROR.code()) {
                    cancelled.add(f.streamId());
                    cancelSeen.release();
                } else if (f.type() == MessageType.CHALLENGE_REQUEST.code()) {
                    requests.incrementAndGet();
                    var r = (ChallengeRequest) MessageBodies.decode(f.type(), f.body(), ProtocolLimits.defaults());
                    requestSeen.release();
                    if (!r.kioskId().startsWith("hold")) {
                        ctx.writeAndFlush(RelayFrames.error(f.streamId(), ErrorCode.CARD_UNKNOWN,
                                id + " " + r.kioskId() + " " + Integer.toUnsignedString(f.streamId())));
                    }
                }
            }
        };
    }

    /** The hub dies: its listener and every connection end at once. */
    @Override
    public void close() {
        server.close();
    }
}
