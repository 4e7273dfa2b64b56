package jp.konbini.kiosk;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.konbini.node.SecureClient;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ProtocolLimits;

/**
 * The kiosk's connection to its relay, used one question at a time: send on a stream, wait for the
 * next message. A closed connection wakes the waiter at once rather than at its timeout.
 */
final class KioskConnection implements AutoCloseable {
    /** Put in the queue when the connection closes, so a waiting reader wakes at once. */
    private static final Object CLOSED = new Object();
    /** A kiosk waits for one answer at a time; more than this unread means a misbehaving peer. */
    static final int MAX_UNREAD = 1024;

    private final EventLoopGroup group;
    private final Channel channel;
    private final LinkedBlockingQueue<Object> inbound;
    private final Duration timeout;

    private KioskConnection(EventLoopGroup group, Channel channel, LinkedBlockingQueue<Object> inbound,
                            Duration timeout) {
        this.group = group;
        this.channel = channel;
        this.inbound = inbound;
        this.timeout = timeout;
    }

    static KioskConnection open(KioskConfig config, InetAddress bind) throws IOException, InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        LinkedBlockingQueue<Object> inbound = new LinkedBlockingQueue<>(MAX_UNREAD + 1);
        Duration timeout = Duration.ofSeconds(config.timeoutSeconds());
        try {
            Channel ch = SecureClient.messages(config.node().nodeId(), group, config.relay(), bind,
                    config.node().clientContext(), ProtocolLimits.defaults(), new Inbound(inbound))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new KioskConnection(group, ch, inbound, timeout);
        } catch (ExecutionException e) {
            group.shutdownGracefully();
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            group.shutdownGracefully();
            throw new IOException("no answer from the relay within " + timeout.toSeconds() + " s");
        }
    }

    void send(Envelope e) {
        channel.writeAndFlush(e);
    }

    /** The next message from the hub; IOException when the connection closed or nothing came in time. */
    Envelope next() throws IOException, InterruptedException {
        Object item = inbound.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (item == null) {
            throw new IOException("no answer within " + timeout.toSeconds() + " s");
        }
        if (item == CLOSED) {
            inbound.offer(CLOSED); // later readers must see the end too
            throw new IOException("the connection was closed by the service");
        }
        return (Envelope) item;
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private static final class Inbound extends SimpleChannelInboundHandler<Envelope> {
        private final LinkedBlockingQueue<Object> queue;

        Inbound(LinkedBlockingQueue<Object> queue) {
            this.queue = queue;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Envelope msg) {
            if (!queue.offer(msg)) {
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            queue.offer(CLOSED);
            super.channelInactive(ctx);
        }
    }
}
