package jp.konbini.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import jp.konbini.node.ConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay's hub list and limits as an operator writes them (conf/relay.conf). */
class RelayConfigTest {
    private static final String PEER = "issuer=pki/ca/jlis-network/ca.crt.pem";

    @TempDir
    static Path dir;
    static SocketLab lab;

    @BeforeAll
    static void pki() {
        lab = new SocketLab(dir);
    }

    @Test
    void hubsAreListedInOrderEachWithItsOwnCertificateAndTheLimitsAreRead() throws Exception {
        RelayConfig c = RelayConfig.load(lab.relayConfig("""
                hub.1 = 127.0.0.1:7101
                hub.1.peer = role=hub %1$s cn=hub-1
                hub.2 = 127.0.0.1:7102
                hub.2.peer = role=hub %1$s cn=hub-2
                hub.links = 3
                kiosk.streams = 2
                """.formatted(PEER)));

        assertThat(c.hubs()).extracting(h -> h.address().getPort()).containsExactly(7101, 7102);
        assertThat(c.limits().linksPerHub()).isEqualTo(3);
        assertThat(c.limits().streamsPerKiosk()).isEqualTo(2);
    }

    @Test
    void theSingleUpstreamKeyOfEarlierVersionsStillNamesOneHub() throws Exception {
        RelayConfig c = RelayConfig.load(lab.relayConfig("""
                upstream = 127.0.0.1:%d
                upstream.peer = role=hub %s cn=hub-1
                """.formatted(7101, PEER)));

        assertThat(c.hubs()).hasSize(1);
        assertThat(c.hubs().getFirst().address().getPort()).isEqualTo(7101);
        assertThat(c.limits()).isEqualTo(MultiplexLimits.defaults());
    }

    @Test
    void hubsAreNumberedWithoutGapsAndNotMixedWithUpstream() {
        assertThatThrownBy(() -> RelayConfig.load(lab.relayConfig("""
                hub.2 = 127.0.0.1:7101
                upstream.peer = role=hub %s cn=hub-1
                """.formatted(PEER)))).isInstanceOf(ConfigException.class).hasMessageContaining("without 'hub.1'");
        assertThatThrownBy(() -> RelayConfig.load(lab.relayConfig("""
                upstream = 127.0.0.1:7101
                hub.1 = 127.0.0.1:7102
                upstream.peer = role=hub %s cn=hub-1
                """.formatted(PEER)))).isInstanceOf(ConfigException.class).hasMessageContaining("both name a hub");
    }
}
