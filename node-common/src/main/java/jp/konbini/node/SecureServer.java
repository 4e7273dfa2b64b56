package jp.konbini.node;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import jp.konbini.protocol.ProtocolLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A listening node: TLS 1.3 with client certificates required, and the allow-list checked twice. */
public final class SecureServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SecureServer.class);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel serverChannel;
    private final String name;

    private SecureServer(String name, EventLoopGroup boss, EventLoopGroup workers, Channel serverChannel) {
        this.name = name;
        this.boss = boss;
        this.workers = workers;
        this.serverChannel = serverChannel;
    }

    /** Starts a server whose handler receives decoded {@link jp.konbini.protocol.Envelope}s. */
    public static SecureServer messages(String name, ListenSettings listen, SslContext ssl, ProtocolLimits limits,
                                        Supplier<ChannelHandler> handlers) throws InterruptedException {
        return start(name, listen, ssl, limits, Pipelines.Codec.MESSAGES, handlers);
    }

    /** Starts a server whose handler receives raw {@link jp.konbini.protocol.codec.Frame}s (the relay). */
    public static SecureServer frames(String name, ListenSettings listen, SslContext ssl, ProtocolLimits limits,
                                      Supplier<ChannelHandler> handlers) throws InterruptedException {
        return start(name, listen, ssl, limits, Pipelines.Codec.FRAMES, handlers);
    }

    private static SecureServer start(String name, ListenSettings listen, SslContext ssl, ProtocolLimits limits,
                                      Pipelines.Codec codec, Supplier<ChannelHandler> handlers)
            throws InterruptedException {
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            Channel ch = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel c) {
                            Pipelines.server(c.pipeline(), name, ssl, listen.allowList(), limits, listen.link(), codec,
                                    handlers.get());
                        }
                    })
                    .bind(listen.listen()).sync().channel();
            LOG.info("{}: listening on {}", name, format((InetSocketAddress) ch.localAddress()));
            return new SecureServer(name, boss, workers, ch);
        } catch (RuntimeException | InterruptedException e) {
            boss.shutdownGracefully();
            workers.shutdownGracefully();
            throw e;
        }
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** The event loops, for the node's own outgoing links, so one process keeps one set of threads. */
    public EventLoopGroup workers() {
        return workers;
    }

    public void awaitClose() throws InterruptedException {
        serverChannel.closeFuture().await();
    }

    /** Closes the listening socket only: connections already accepted go on (a node draining them before it stops). */
    public void stopAccepting() {
        serverChannel.close().awaitUninterruptibly();
    }

    @Override
    public void close() {
        serverChannel.close().awaitUninterruptibly();
        boss.shutdownGracefully().awaitUninterruptibly();
        workers.shutdownGracefully().awaitUninterruptibly();
        LOG.info("{}: stopped", name);
    }

    static String format(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
