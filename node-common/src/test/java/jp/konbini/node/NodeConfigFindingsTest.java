package jp.konbini.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the config fuzz targets found, as plain tests that say the rule. */
class NodeConfigFindingsTest {

    @TempDir
    Path dir;

    NodeConfig load(byte[] content) throws Exception {
        Path f = dir.resolve("node.conf");
        Files.write(f, content);
        return NodeConfig.load(f, Set.of("listen", "tls.key"), Set.of());
    }

    @Test
    void a_nul_in_a_value_is_a_config_error_with_its_line_not_a_crash() {
        assertThatThrownBy(() -> load("listen = 127.0.0.1:1\ntls.key = a\0b.pem\n".getBytes()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("node.conf:2:")
                .hasMessageContaining("control character");
    }

    @Test
    void an_address_that_only_looks_numeric_is_refused_without_a_dns_lookup() throws Exception {
        NodeConfig c = load("listen = abc:7101\n".getBytes());

        assertThatThrownBy(() -> c.socketAddress(c.require("listen")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not an IP address");
    }

    @Test
    void an_ipv4_octet_over_255_is_refused() throws Exception {
        NodeConfig c = load("listen = 999.1.1.1:7101\n".getBytes());

        assertThatThrownBy(() -> c.socketAddress(c.require("listen"))).isInstanceOf(ConfigException.class);
    }

    @Test
    void literal_ipv4_ipv6_and_localhost_still_parse() throws Exception {
        assertThat(load("listen = 10.1.2.3:7101\n".getBytes()).socketAddress(entry("10.1.2.3:7101")).getPort())
                .isEqualTo(7101);
        NodeConfig c = load("listen = [::1]:7200\n".getBytes());
        assertThat(c.socketAddress(c.require("listen")).getAddress().isLoopbackAddress()).isTrue();
        NodeConfig l = load("listen = localhost:0\n".getBytes());
        assertThat(l.socketAddress(l.require("listen")).getAddress().isLoopbackAddress()).isTrue();
    }

    private static NodeConfig.Entry entry(String value) {
        return new NodeConfig.Entry("listen", value, 1);
    }
}
