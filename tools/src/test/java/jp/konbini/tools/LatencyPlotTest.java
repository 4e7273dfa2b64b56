package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.konbini.tools.LoadRequests.printed;
import static jp.konbini.tools.LoadRequests.refused;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class LatencyPlotTest {
    @Test
    void writes_a_png_of_the_size_asked_for() throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<LoadRun.Request> done = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            done.add(i % 10 == 9 ? refused(i, ErrorCode.BUSY, i * 500L, i * 500L + 20)
                    : printed(i, i * 500L, i * 500L + 100, i * 500L + 600 + (i % 7) * 100));
        }
        long wall = 51_000_000_000L;

        BufferedImage drawn = LatencyPlot.draw(done, RunWindows.of(done, wall, 10_000_000_000L), wall, "test run", 1200, 800);
        byte[] png = LatencyPlot.png(drawn);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(read.getHeight()).isEqualTo(800);
    }

    @Test
    void an_empty_run_still_draws_its_axes() throws Exception {
        System.setProperty("java.awt.headless", "true");

        BufferedImage drawn = LatencyPlot.draw(List.of(), RunWindows.of(List.of(), 0, 10_000_000_000L), 0, "empty", 640, 480);

        assertThat(ImageIO.read(new ByteArrayInputStream(LatencyPlot.png(drawn))).getWidth()).isEqualTo(640);
    }

    @Test
    void an_axis_ends_at_a_round_number_just_above_the_largest_value() {
        assertThat(LatencyPlot.niceCeiling(1234)).isEqualTo(1500);
        assertThat(LatencyPlot.niceCeiling(250_711)).isEqualTo(300_000);
        assertThat(LatencyPlot.niceCeiling(4.2)).isEqualTo(5);
        assertThat(LatencyPlot.niceCeiling(0.7)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(LatencyPlot.niceCeiling(100)).isEqualTo(100);
        assertThat(LatencyPlot.niceCeiling(0)).isEqualTo(1);
    }
}
