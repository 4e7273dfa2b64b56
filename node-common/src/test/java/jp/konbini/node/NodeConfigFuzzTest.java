package jp.konbini.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Fuzz targets for the node config file: {@link NodeConfig#load} with its typed getters, and the allow-list
 * lines read by {@link PeerRules}. A config comes from an operator, not an attacker, but a node must stop on a
 * bad one with a {@link ConfigException} naming the file — never with another exception, a hang or a DNS
 * lookup. Seeds under {@code NodeConfigFuzzTestInputs/<method>} are replayed by every test run.
 */
class NodeConfigFuzzTest {

    private static final Set<String> KNOWN = Set.of("node.id", "listen", "allow.source", "allow.peer",
            "limits.frame", "tls.key");
    private static final Set<String> REPEATABLE = Set.of("allow.source", "allow.peer");
    private static final Path DIR = folderWithIssuer();

    @FuzzTest
    void nodeConfig(byte[] file) throws IOException {
        Path conf = DIR.resolve("node.conf");
        Files.write(conf, file);
        NodeConfig config;
        try {
            config = NodeConfig.load(conf, KNOWN, REPEATABLE);
            config.optional("node.id").ifPresent(e -> assertThat(e.value()).isNotBlank());
            config.integer("limits.frame", 1 << 20, 16, 1 << 24);
            if (config.optional("listen").isPresent()) {
                assertThat(config.socketAddress(config.require("listen")).isUnresolved()).isFalse();
            }
            config.optional("tls.key").ifPresent(e -> assertThat(config.resolve(e.value())).isAbsolute());
        } catch (ConfigException e) {
            assertThat(e.file()).isEqualTo(conf.toAbsolutePath().normalize());
            assertThat(e.line()).isBetween(0, file.length + 1);
        }
    }

    @FuzzTest
    void peerRules(byte[] file) throws IOException {
        Path conf = DIR.resolve("peers.conf");
        Files.write(conf, file);
        try {
            NodeConfig config = NodeConfig.load(conf, KNOWN, REPEATABLE);
            PeerRules.parseAll(config, "allow.peer")
                    .forEach(rule -> assertThat(rule.subjectCn().isPresent() || rule.spkiSha256Hex().isPresent()).isTrue());
            PeerRules.sources(config).forEach(range -> assertThat(range.prefixLength()).isBetween(0, 128));
        } catch (ConfigException e) {
            assertThat(e.file()).isEqualTo(conf.toAbsolutePath().normalize());
        }
    }

    /** A folder holding a real CA certificate, so that allow.peer lines naming it get past the issuer. */
    private static Path folderWithIssuer() {
        try (InputStream in = NodeConfigFuzzTest.class.getResourceAsStream("fuzz-issuer.crt.pem")) {
            Path dir = Files.createTempDirectory("konbini-config-fuzz-");
            dir.toFile().deleteOnExit();
            for (String name : new String[] {"issuer.crt.pem", "node.conf", "peers.conf"}) {
                dir.resolve(name).toFile().deleteOnExit();
            }
            Files.write(dir.resolve("issuer.crt.pem"), in.readAllBytes());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
