package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void drawsTheShareDoneAndRedrawsOnlyWhenThePercentMoves() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 200, "residents");

        assertThat(bar.line(100)).startsWith("[" + "#".repeat(20) + "-".repeat(20) + "]  50% 100/200 residents");
        bar.update(100);
        bar.update(100);
        bar.update(200);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn.split("\r", -1)).hasSize(3);
        assertThat(drawn).contains("100% 200/200");
    }
}
