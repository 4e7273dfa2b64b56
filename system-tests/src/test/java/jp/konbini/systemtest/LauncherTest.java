package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a network engineer sees from {@code bin/konbini} before any node runs. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void an_invalid_config_stops_the_node_with_the_file_the_line_and_the_problem() throws Exception {
        Path conf = dir.resolve("hub.conf");
        Files.writeString(conf, """
                # hub
                node.id = hub-1
                listen.address = 127.0.0.1:7101
                """);
        Konbini.Result r = Konbini.run(dir, "hub", "--config", conf.toString());

        assertThat(r.exitCode()).isEqualTo(78);
        assertThat(r.stderr()).contains("hub.conf:3:").contains("unknown key 'listen.address'")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_config_naming_a_missing_key_file_says_which_line() throws Exception {
        Path conf = dir.resolve("relay.conf");
        Files.writeString(conf, """
                node.id = relay-1
                tls.key = nowhere/node.key.pem
                tls.certificate = nowhere/node.crt.pem
                """);
        Konbini.Result r = Konbini.run(dir, "relay", "--config", conf.toString());

        assertThat(r.exitCode()).isEqualTo(78);
        assertThat(r.stderr()).contains("relay.conf:").contains("does not exist").doesNotContain("\tat ");
    }

    @Test
    void every_command_answers_help() throws Exception {
        for (String cmd : new String[] {"city", "hub", "relay", "kiosk", "tools", "demo"}) {
            Konbini.Result r = Konbini.run(dir, cmd, "--help");
            assertThat(r.exitCode()).as(cmd).isZero();
            assertThat(r.stdout()).as(cmd).contains("usage: konbini");
        }
    }

    @Test
    void an_unknown_command_is_one_line_and_non_zero() throws Exception {
        Konbini.Result r = Konbini.run(dir, "printer");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.stderr().strip()).doesNotContain("\n").contains("unknown command 'printer'");
    }
}
