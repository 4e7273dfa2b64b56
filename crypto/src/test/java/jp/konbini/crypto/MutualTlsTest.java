package jp.konbini.crypto;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import jp.konbini.crypto.Loopback.Connection;
import jp.konbini.crypto.Loopback.Server;
import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hub dials the city server over TLS 1.3; each side checks the other against its allow-list. */
class MutualTlsTest {

    private static EventLoopGroup group;
    private static X509Certificate jlis;
    private static NodeIdentity city;
    private static NodeIdentity hub;
    private static AllowList cityList;
    private static AllowList hubList;

    @BeforeAll
    static void start() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        jlis = TestPki.ca(PkiLayout.JLIS_NETWORK);
        city = TestPki.node("city-052019");
        hub = TestPki.node("hub-1");
        cityList = new AllowList(List.of(CidrRange.parse("127.0.0.1/32")),
                List.of(PeerRule.byName(Role.HUB, jlis, "hub-1")));
        hubList = new AllowList(List.of(CidrRange.parse("127.0.0.1/32")),
                List.of(PeerRule.byPin(Role.CITY, jlis, PeerRule.pinOf(city.certificate()))));
    }

    @AfterAll
    static void stop() {
        group.shutdownGracefully(0, 1, SECONDS).syncUninterruptibly();
    }

    @Test
    void listedPeersCompleteATls13MutualHandshakeAndKnowEachOther() throws Exception {
        try (Server server = Loopback.server(group, TlsContexts.server(city, List.of(jlis)), cityList, "city-052019")) {
            Connection atHub = Loopback.client(group, TlsContexts.client(hub, List.of(jlis)), hubList, "hub-1",
                    server.port(), null);
            Connection atCity = server.connection().get(10, SECONDS);

            PeerIdentity hubSeenByCity = atCity.probe().authenticated.get(10, SECONDS).peer();
            PeerIdentity citySeenByHub = atHub.probe().authenticated.get(10, SECONDS).peer();

            assertThat(hubSeenByCity.role()).isEqualTo(Role.HUB);
            assertThat(hubSeenByCity.nodeId()).isEqualTo("hub-1");
            assertThat(citySeenByHub.role()).isEqualTo(Role.CITY);
            assertThat(citySeenByHub.nodeId()).isEqualTo("city-052019");
            assertThat(atCity.channel().attr(PeerIdentity.KEY).get()).isEqualTo(hubSeenByCity);
            assertThat(atHub.channel().attr(PeerIdentity.KEY).get()).isEqualTo(citySeenByHub);
            assertThat(protocol(atCity)).isEqualTo("TLSv1.3");
            assertThat(protocol(atHub)).isEqualTo("TLSv1.3");
            assertThat(atCity.channel().pipeline().get(PeerCertificateCheck.class)).isNull();

            atHub.channel().writeAndFlush(Unpooled.copiedBuffer("request", StandardCharsets.UTF_8));
            assertThat(atCity.probe().received.get(10, SECONDS)).isEqualTo("request");
            atHub.channel().close().syncUninterruptibly();
        }
    }

    @Test
    void aClientWithoutACertificateIsRefused() throws Exception {
        SslContext anonymous = SslContextBuilder.forClient()
                .sslProvider(SslProvider.JDK)
                .protocols("TLSv1.3")
                .trustManager(jlis)
                .endpointIdentificationAlgorithm(null)
                .build();
        try (Server server = Loopback.server(group, TlsContexts.server(city, List.of(jlis)), cityList, "city-052019")) {
            Connection atHub = Loopback.client(group, anonymous, hubList, "anonymous", server.port(), null);
            Connection atCity = server.connection().get(10, SECONDS);

            assertThat(atCity.probe().handshake.get(10, SECONDS).isSuccess()).isFalse();
            atCity.channel().closeFuture().get(10, SECONDS);
            atHub.channel().closeFuture().get(10, SECONDS);
            assertThat(atCity.probe().authenticated).isNotDone();
            assertThat(atCity.channel().attr(PeerIdentity.KEY).get()).isNull();
        }
    }

    @Test
    void aPeerWithAValidCertificateButAnUnlistedRoleIsClosedAfterTheHandshake() throws Exception {
        NodeIdentity relay = TestPki.node("relay-1");
        AllowList relaysList = new AllowList(List.of(), List.of(PeerRule.byName(Role.CITY, jlis, "city-052019")));
        try (Server server = Loopback.server(group, TlsContexts.server(city, List.of(jlis)), cityList, "city-052019")) {
            Connection atRelay = Loopback.client(group, TlsContexts.client(relay, List.of(jlis)), relaysList, "relay-1",
                    server.port(), null);
            Connection atCity = server.connection().get(10, SECONDS);

            atCity.channel().closeFuture().get(10, SECONDS);
            atRelay.channel().closeFuture().get(10, SECONDS);
            assertThat(atCity.probe().authenticated).isNotDone();
            assertThat(atCity.probe().handshake).as("success is not passed on for a refused peer").isNotDone();
            assertThat(atCity.channel().attr(PeerIdentity.KEY).get()).isNull();
        }
    }

    @Test
    void aClientRefusesAServerThatIsNotTheOneItListed() throws Exception {
        AllowList wantsAnotherCity = new AllowList(List.of(), List.of(PeerRule.byName(Role.CITY, jlis, "city-052035")));
        try (Server server = Loopback.server(group, TlsContexts.server(city, List.of(jlis)), cityList, "city-052019")) {
            Connection atHub = Loopback.client(group, TlsContexts.client(hub, List.of(jlis)), wantsAnotherCity, "hub-1",
                    server.port(), null);

            atHub.channel().closeFuture().get(10, SECONDS);
            assertThat(atHub.probe().authenticated).isNotDone();
            assertThat(atHub.channel().attr(PeerIdentity.KEY).get()).isNull();
        }
    }

    private static String protocol(Connection connection) {
        return connection.channel().pipeline().get(SslHandler.class).engine().getSession().getProtocol();
    }
}
