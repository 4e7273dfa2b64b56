package jp.konbini.crypto;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/** A real TCP server and client on loopback with the node pipeline, for handshake tests. */
final class Loopback {

    private Loopback() {
    }

    /** A listening server; {@code connection} completes with the first accepted channel and its probe. */
    record Server(Channel listener, CompletableFuture<Connection> connection) implements AutoCloseable {
        int port() {
            return ((InetSocketAddress) listener.localAddress()).getPort();
        }

        @Override
        public void close() {
            listener.close().syncUninterruptibly();
        }
    }

    record Connection(Channel channel, Probe probe) {
    }

    static Server server(EventLoopGroup group, SslContext ssl, AllowList allowList, String localName) {
        CompletableFuture<Connection> connection = new CompletableFuture<>();
        Channel listener = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Probe probe = new Probe();
                        ch.pipeline().addLast(
                                new SourceAddressFilter(allowList, localName),
                                ssl.newHandler(ch.alloc()),
                                new PeerCertificateCheck(allowList, localName),
                                probe);
                        connection.complete(new Connection(ch, probe));
                    }
                })
                .bind("127.0.0.1", 0)
                .syncUninterruptibly()
                .channel();
        return new Server(listener, connection);
    }

    /** Connects to {@code 127.0.0.1:port}, from {@code localAddress} if not null. */
    static Connection client(EventLoopGroup group, SslContext ssl, AllowList allowList, String localName, int port,
            String localAddress) {
        Probe probe = new Probe();
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(ssl.newHandler(ch.alloc()), new PeerCertificateCheck(allowList, localName),
                                probe);
                    }
                });
        InetSocketAddress remote = new InetSocketAddress("127.0.0.1", port);
        Channel channel = (localAddress == null
                ? bootstrap.connect(remote)
                : bootstrap.connect(remote, new InetSocketAddress(localAddress, 0))).syncUninterruptibly().channel();
        return new Connection(channel, probe);
    }
}
