package jp.konbini.systemtest;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.ListenSettings;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;
import jp.konbini.node.PeerRules;
import jp.konbini.node.SecureClient;
import jp.konbini.node.SecureServer;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.ProtocolLimits;

/**
 * A deliberately faulty city, for tests only: a TLS proxy between the hub and a real city server that,
 * for every {@code swapEvery}-th answer, gives the request that asked the answer and document the city
 * made for an earlier request (a binding for another request, as the 2023–2024 incidents printed other
 * people's certificates). Towards the hub it presents the city's own certificate; towards the city, the
 * hub's — both from the lab's PKI, so both ends admit it as they would the real peer.
 */
final class FaultyCityProxy implements AutoCloseable {
    /** A city answer as it came: the header and every chunk of its document. */
    private record Answer(IssueResponse response, List<DocumentChunk> chunks) {
    }

    private final int swapEvery;
    private final SecureServer server;
    private final EventLoopGroup clients = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Upstream city;
    private final io.netty.handler.ssl.SslContext hubSsl;
    // guarded by this: answers being received, the last whole one, streams whose real answer is withheld
    private final Map<Integer, Answer> receiving = new HashMap<>();
    private final Set<Integer> substituted = new HashSet<>();
    private Answer lastWhole;
    private int answers;
    private int injected;

    private FaultyCityProxy(int swapEvery, Path front, Path back) throws Exception {
        this.swapEvery = swapEvery;
        NodeConfig f = NodeConfig.load(front, ConfigKeys.of(ConfigKeys.IDENTITY, ConfigKeys.LISTENER), ConfigKeys.REPEATABLE);
        NodeConfig b = NodeConfig.load(back, ConfigKeys.of(ConfigKeys.IDENTITY, List.of("upstream", "upstream.peer")),
                ConfigKeys.REPEATABLE);
        this.city = Upstream.of(b.socketAddress(b.require("upstream")), PeerRules.parseAll(b, "upstream.peer"));
        this.hubSsl = NodeSettings.from(b).clientContext();
        this.server = SecureServer.messages("faulty-proxy", ListenSettings.from(f), NodeSettings.from(f).serverContext(),
                ProtocolLimits.defaults(), HubSide::new);
    }

    /**
     * Starts a proxy in front of {@code city-<code>} of the lab (whose port it reads from the city's config)
     * on {@code port}; point the hub's route for that code at it.
     */
    static FaultyCityProxy start(Path lab, String code, int port, int swapEvery) throws Exception {
        String cityId = "city-" + code;
        int cityPort = Files.readAllLines(lab.resolve(cityId + ".conf")).stream().filter(l -> l.startsWith("listen ="))
                .map(l -> Integer.parseInt(l.substring(l.lastIndexOf(':') + 1).strip())).findFirst().orElseThrow();
        Path front = lab.resolve("faulty-" + code + "-front.conf");
        Files.writeString(front, """
                # test only: the faulty city as the hub sees it (the city's own certificate)
                node.id = %1$s
                listen = 127.0.0.1:%2$d
                tls.key = pki/nodes/%1$s/node.key.pem
                tls.certificate = pki/nodes/%1$s/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                allow.source = 127.0.0.1/32
                allow.peer = role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=hub-1
                """.formatted(cityId, port), StandardCharsets.UTF_8);
        Path back = lab.resolve("faulty-" + code + "-back.conf");
        Files.writeString(back, """
                # test only: the faulty city's side towards the real city (the hub's certificate)
                node.id = hub-1
                tls.key = pki/nodes/hub-1/node.key.pem
                tls.certificate = pki/nodes/hub-1/node.crt.pem
                tls.trust = pki/ca/jlis-network/ca.crt.pem
                upstream = 127.0.0.1:%2$d
                upstream.peer = role=city issuer=pki/ca/jlis-network/ca.crt.pem cn=%1$s
                """.formatted(cityId, cityPort), StandardCharsets.UTF_8);
        return new FaultyCityProxy(swapEvery, front, back);
    }

    /** How many requests were given another request's answer. */
    synchronized int injected() {
        return injected;
    }

    /** How many answers the city gave through the proxy. */
    synchronized int answers() {
        return answers;
    }

    /** An envelope from the city, on its way to the hub: forwarded, or swapped for an earlier answer. */
    private synchronized void fromCity(Channel hub, Envelope e) {
        int stream = e.streamId();
        switch (e.message()) {
            case IssueResponse r -> {
                answers++;
                receiving.put(stream, new Answer(r, new ArrayList<>()));
                if (lastWhole != null && answers % swapEvery == 0 && !lastWhole.response().requestId().equals(r.requestId())) {
                    injected++;
                    substituted.add(stream);
                    hub.write(new Envelope(stream, lastWhole.response()));
                    lastWhole.chunks().forEach(c -> hub.write(new Envelope(stream, c)));
                    hub.flush();
                    return;
                }
            }
            case DocumentChunk c -> {
                Answer a = receiving.get(stream);
                if (a != null) {
                    a.chunks().add(c);
                    if (c.last()) {
                        receiving.remove(stream);
                        lastWhole = a;
                    }
                }
                if (substituted.contains(stream)) {
                    if (c.last()) {
                        substituted.remove(stream);
                    }
                    return; // the real document of a swapped request never leaves the proxy
                }
            }
            default -> { }
        }
        hub.writeAndFlush(e);
    }

    int port() {
        return server.localAddress().getPort();
    }

    @Override
    public void close() {
        server.close();
        clients.shutdownGracefully().awaitUninterruptibly();
    }

    /** One hub connection; it dials the real city and forwards everything the hub says, in order. */
    private final class HubSide extends SimpleChannelInboundHandler<Envelope> {
        private final List<Envelope> pending = new ArrayList<>();
        private Channel toCity;

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            Channel hub = ctx.channel();
            SecureClient.messages("faulty-proxy", clients, city, null, hubSsl, ProtocolLimits.defaults(), new CitySide(hub))
                    .whenComplete((ch, failure) -> {
                        if (failure != null) {
                            hub.close();
                        } else {
                            cityReady(ch);
                        }
                    });
            super.channelActive(ctx);
        }

        private synchronized void cityReady(Channel ch) {
            toCity = ch;
            pending.forEach(ch::write);
            pending.clear();
            ch.flush();
        }

        @Override
        protected synchronized void channelRead0(ChannelHandlerContext ctx, Envelope e) {
            if (toCity == null) {
                pending.add(e);
            } else {
                toCity.writeAndFlush(e);
            }
        }

        @Override
        public synchronized void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (toCity != null) {
                toCity.close();
            }
            super.channelInactive(ctx);
        }
    }

    /** The connection to the real city: its answers go through {@link #fromCity}. */
    private final class CitySide extends SimpleChannelInboundHandler<Envelope> {
        private final Channel hub;

        CitySide(Channel hub) {
            this.hub = hub;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Envelope e) {
            fromCity(hub, e);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            hub.close();
            super.channelInactive(ctx);
        }
    }
}
