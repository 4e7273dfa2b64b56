package jp.konbini.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void reads_options_and_flags() throws Exception {
        CommandLine cl = CommandLine.parse(new String[] {"--dir", "pki", "--force"}, Set.of("dir"), Set.of("force"));
        assertThat(cl.require("dir")).isEqualTo("pki");
        assertThat(cl.flag("force")).isTrue();
    }

    @Test
    void refuses_unknown_options_missing_values_and_repeats() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--colour"}, Set.of("dir"), Set.of()))
                .hasMessage("unknown option --colour");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--dir"}, Set.of("dir"), Set.of()))
                .hasMessage("--dir needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--dir", "a", "--dir", "b"}, Set.of("dir"), Set.of()))
                .hasMessage("--dir given twice");
    }
}
