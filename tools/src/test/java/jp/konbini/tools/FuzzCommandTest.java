package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.konbini.node.UsageException;
import org.junit.jupiter.api.Test;

class FuzzCommandTest {

    /** Tests run in tools/, so the other modules' sources are one folder up. */
    private static final Path TREE = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyTargetNamesAFuzzTestMethodThatExistsInItsModule() throws Exception {
        for (FuzzCommand.Target t : FuzzCommand.TARGETS.values()) {
            String[] classAndMethod = t.test().split("#");
            Path source = TREE.resolve(t.module()).resolve("src/test/java")
                    .resolve(classAndMethod[0].replace('.', '/') + ".java");

            assertThat(source).exists();
            assertThat(Files.readString(source)).contains("@FuzzTest").contains("void " + classAndMethod[1] + "(");
        }
    }

    @Test
    void listNamesEveryTarget() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int exit = new FuzzCommand().run(new String[] {"list"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("frames", "message-bodies", "node-config",
                "peer-rules", "pem", "card-certificate", "card-file", "card-responses", "revocation", "scan-upload",
                "sealed-print");
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        assertThatThrownBy(() -> new FuzzCommand().run(new String[] {"nope"}, System.out))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown target 'nope'");
    }
}
