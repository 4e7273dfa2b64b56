package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import jp.konbini.crypto.RevocationSources;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's revocation keys: off without a source, URLs checked with the line named. */
class HubRevocationTest {
    @TempDir
    Path dir;

    private RevocationSources load(String text) throws Exception {
        Path file = dir.resolve("hub.conf");
        Files.writeString(file, text);
        return HubRevocation.load(NodeConfig.load(file, new HashSet<>(HubRevocation.KEYS), Set.of()));
    }

    @Test
    void withoutOcspOrCrlTheHubChecksNoRevocation() throws Exception {
        assertThat(load("# nothing\n").enabled()).isFalse();
    }

    @Test
    void ocspCrlAndTheFreshnessLimitAreRead() throws Exception {
        RevocationSources s = load("""
                jpki.ocsp = http://10.1.2.3:8088/ocsp
                jpki.crl = http://10.1.2.3:8088/jpki.crl
                jpki.revocation.max-age.seconds = 90
                """);

        assertThat(s.enabled()).isTrue();
        assertThat(s.ocsp()).contains(URI.create("http://10.1.2.3:8088/ocsp"));
        assertThat(s.crl()).contains(URI.create("http://10.1.2.3:8088/jpki.crl"));
        assertThat(s.maxAge()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aSourceThatIsNotAnHttpUrlIsAConfigErrorOnItsLine() {
        assertThatThrownBy(() -> load("\njpki.ocsp = ldap://jpki/ocsp\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("2").hasMessageContaining("http://");
    }
}
