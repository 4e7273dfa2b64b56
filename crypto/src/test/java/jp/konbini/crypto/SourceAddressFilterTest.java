package jp.konbini.crypto;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.nio.channels.ClosedChannelException;
import java.security.cert.X509Certificate;
import java.util.List;
import jp.konbini.crypto.Loopback.Connection;
import jp.konbini.crypto.Loopback.Server;
import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceAddressFilterTest {

    private static EventLoopGroup group;

    @BeforeAll
    static void start() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stop() {
        group.shutdownGracefully(0, 1, SECONDS).syncUninterruptibly();
    }

    @Test
    void aConnectionFromAnUnlistedAddressIsClosedBeforeTls() throws Exception {
        X509Certificate jlis = TestPki.ca(PkiLayout.JLIS_NETWORK);
        NodeIdentity city = TestPki.node("city-052019");
        NodeIdentity hub = TestPki.node("hub-1");
        AllowList onlyLocalhost = new AllowList(List.of(CidrRange.parse("127.0.0.1/32")),
                List.of(PeerRule.byName(Role.HUB, jlis, "hub-1")));
        AllowList hubList = new AllowList(List.of(), List.of(PeerRule.byName(Role.CITY, jlis, "city-052019")));
        try (Server server = Loopback.server(group, TlsContexts.server(city, List.of(jlis)), onlyLocalhost, "city-052019")) {
            Connection atHub = Loopback.client(group, TlsContexts.client(hub, List.of(jlis)), hubList, "hub-1",
                    server.port(), "127.0.0.2");
            Connection atCity = server.connection().get(10, SECONDS);

            atCity.channel().closeFuture().get(10, SECONDS);
            atHub.channel().closeFuture().get(10, SECONDS);
            assertThat(atCity.probe().active).as("the TLS handler never became active").isNotDone();
            SslHandshakeCompletionEvent handshake = atCity.probe().handshake.getNow(null);
            assertThat(handshake == null || handshake.cause() instanceof ClosedChannelException)
                    .as("no handshake took place: %s", handshake).isTrue();
            assertThat(atHub.probe().authenticated).isNotDone();
        }
    }

    @Test
    void aConnectionFromAListedAddressPassesTheFilter() throws Exception {
        X509Certificate jlis = TestPki.ca(PkiLayout.JLIS_NETWORK);
        NodeIdentity city = TestPki.node("city-052019");
        NodeIdentity hub = TestPki.node("hub-1");
        AllowList localhosts = new AllowList(List.of(CidrRange.parse("127.0.0.0/8")),
                List.of(PeerRule.byName(Role.HUB, jlis, "hub-1")));
        AllowList hubList = new AllowList(List.of(), List.of(PeerRule.byName(Role.CITY, jlis, "city-052019")));
        try (Server server = Loopback.server(group, TlsContexts.server(city, List.of(jlis)), localhosts, "city-052019")) {
            Connection atHub = Loopback.client(group, TlsContexts.client(hub, List.of(jlis)), hubList, "hub-1",
                    server.port(), "127.0.0.2");
            Connection atCity = server.connection().get(10, SECONDS);

            assertThat(atCity.probe().authenticated.get(10, SECONDS).peer().nodeId()).isEqualTo("hub-1");
            assertThat(atCity.channel().pipeline().get(SourceAddressFilter.class)).isNull();
            atHub.channel().close().syncUninterruptibly();
        }
    }
}
