package jp.konbini.node;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import jp.konbini.crypto.PeerAuthenticatedEvent;
import jp.konbini.protocol.ProtocolLimits;

/**
 * Dials a peer over TLS 1.3 with this node's certificate and checks the certificate it gets back. The
 * returned future completes only once the peer passed the allow-list check; before that, nothing is
 * written.
 */
public final class SecureClient {
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private SecureClient() {
    }

    public static CompletableFuture<Channel> messages(String name, EventLoopGroup group, Upstream upstream,
                                                      InetAddress localBind, SslContext ssl, ProtocolLimits limits,
                                                      ChannelHandler app) {
        return connect(name, group, upstream, localBind, ssl, limits, Pipelines.Codec.MESSAGES, app);
    }

    public static CompletableFuture<Channel> frames(String name, EventLoopGroup group, Upstream upstream,
                                                    SslContext ssl, ProtocolLimits limits, ChannelHandler app) {
        return connect(name, group, upstream, null, ssl, limits, Pipelines.Codec.FRAMES, app);
    }

    private static CompletableFuture<Channel> connect(String name, EventLoopGroup group, Upstream upstream,
                                                      InetAddress localBind, SslContext ssl, ProtocolLimits limits,
                                                      Pipelines.Codec codec, ChannelHandler app) {
        CompletableFuture<Channel> ready = new CompletableFuture<>();
        Bootstrap b = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel c) {
                        Pipelines.client(c.pipeline(), name, ssl, upstream.allowList(), limits, LinkSettings.defaults(), codec,
                                app);
                        c.pipeline().addBefore("app", "ready", new ReadySignal(ready));
                    }
                });
        ChannelFuture cf = localBind == null
                ? b.connect(upstream.address())
                : b.connect(upstream.address(), new InetSocketAddress(localBind, 0));
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                ready.completeExceptionally(new IOException("cannot connect to "
                        + SecureServer.format(upstream.address()) + ": " + OneLine.of(f.cause())));
            }
        });
        return ready;
    }

    /** Completes the future when the peer is admitted, or fails it if the connection closes first. */
    private static final class ReadySignal extends ChannelInboundHandlerAdapter {
        private final CompletableFuture<Channel> ready;

        ReadySignal(CompletableFuture<Channel> ready) {
            this.ready = ready;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof PeerAuthenticatedEvent) {
                ctx.pipeline().remove(this);
                ready.complete(ctx.channel());
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            ready.completeExceptionally(new IOException("connection to " + ctx.channel().remoteAddress()
                    + " closed before the peer was authenticated (see the log for the reason)"));
            super.channelInactive(ctx);
        }
    }
}
