package jp.konbini.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigTest {
    static final Set<String> KNOWN = Set.of("node.id", "listen", "allow.source", "tls.key");
    static final Set<String> REPEATABLE = Set.of("allow.source");

    @TempDir
    Path dir;

    NodeConfig load(String text) throws Exception {
        Path f = dir.resolve("node.conf");
        Files.writeString(f, text);
        return NodeConfig.load(f, KNOWN, REPEATABLE);
    }

    @Test
    void reads_keys_values_and_repeated_keys_skipping_comments() throws Exception {
        NodeConfig c = load("""
                # a comment
                node.id = hub-1

                allow.source = 127.0.0.1/32
                allow.source = 10.0.0.0/8
                """);

        assertThat(c.string("node.id")).isEqualTo("hub-1");
        assertThat(c.all("allow.source")).extracting(NodeConfig.Entry::value).containsExactly("127.0.0.1/32", "10.0.0.0/8");
        assertThat(c.all("allow.source")).extracting(NodeConfig.Entry::line).containsExactly(4, 5);
    }

    @Test
    void an_unknown_key_names_the_file_and_the_line() {
        assertThatThrownBy(() -> load("node.id = hub-1\n\nlisten.port = 7101\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("node.conf:3:")
                .hasMessageContaining("unknown key 'listen.port'");
    }

    @Test
    void a_key_set_twice_is_refused_unless_repeatable() {
        assertThatThrownBy(() -> load("node.id = a\nnode.id = b\n"))
                .hasMessageContaining("node.conf:2:")
                .hasMessageContaining("already set on line 1");
    }

    @Test
    void a_line_without_equals_sign_is_refused() {
        assertThatThrownBy(() -> load("node.id hub-1\n")).hasMessageContaining("node.conf:1:")
                .hasMessageContaining("expected 'key = value'");
    }

    @Test
    void a_missing_required_key_names_the_key() throws Exception {
        NodeConfig c = load("node.id = hub-1\n");
        assertThatThrownBy(() -> c.string("listen")).hasMessageContaining("missing required key 'listen'");
    }

    @Test
    void addresses_must_be_literal_and_ports_in_range() throws Exception {
        NodeConfig c = load("listen = 127.0.0.1:7101\n");
        assertThat(c.socketAddress(c.require("listen")).getPort()).isEqualTo(7101);

        NodeConfig byName = load("listen = hub.example.jp:7101\n");
        assertThatThrownBy(() -> byName.socketAddress(byName.require("listen"))).hasMessageContaining("not an IP address");
        NodeConfig badPort = load("listen = 127.0.0.1:70000\n");
        assertThatThrownBy(() -> badPort.socketAddress(badPort.require("listen"))).hasMessageContaining("0-65535");
    }

    @Test
    void relative_paths_are_resolved_against_the_config_folder() throws Exception {
        Files.writeString(dir.resolve("key.pem"), "x");
        NodeConfig c = load("tls.key = key.pem\n");
        assertThat(c.existingPath("tls.key")).isEqualTo(dir.resolve("key.pem"));

        NodeConfig missing = load("tls.key = nope.pem\n");
        assertThatThrownBy(() -> missing.existingPath("tls.key")).hasMessageContaining("node.conf:1:")
                .hasMessageContaining("does not exist");
    }
}
