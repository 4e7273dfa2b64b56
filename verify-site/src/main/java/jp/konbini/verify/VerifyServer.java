package jp.konbini.verify;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running site: TLS, the HTTP codec, an aggregator capped at the upload limit, then the handler. */
public final class VerifyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyServer.class);

    private final EventLoopGroup group;
    private final Channel channel;
    private final ScanVerifier verifier;

    private VerifyServer(VerifyConfig config) throws InterruptedException {
        this.verifier = new ScanVerifier(config);
        this.group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(config.ssl().newHandler(ch.alloc()))
                                .addLast(new ReadTimeoutHandler(60))
                                .addLast(new HttpServerCodec(4096, 8192, 8192))
                                .addLast(new HttpServerKeepAliveHandler())
                                // Over the limit: 413 and the connection closes, before anything is decoded.
                                .addLast(new HttpObjectAggregator(config.maxUploadBytes(), true))
                                .addLast(new VerifyHandler(verifier));
                    }
                });
        this.channel = b.bind(config.listen()).sync().channel();
        LOG.info("verification site listening on https://{}", address());
    }

    public static VerifyServer start(Path configFile) throws Exception {
        return start(VerifyConfig.load(configFile));
    }

    public static VerifyServer start(VerifyConfig config) throws InterruptedException {
        return new VerifyServer(config);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully().syncUninterruptibly();
        verifier.close();
    }
}
