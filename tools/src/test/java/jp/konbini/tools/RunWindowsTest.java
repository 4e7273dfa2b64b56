package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.konbini.tools.LoadRequests.printed;
import static jp.konbini.tools.LoadRequests.refused;

import java.util.List;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class RunWindowsTest {
    private static final long TEN_SECONDS = 10_000_000_000L;

    @Test
    void counts_arrivals_where_they_arrived_and_answers_where_they_ended() {
        List<LoadRun.Request> done = List.of(
                printed(0, 1_000, 1_000, 3_000),
                printed(1, 9_000, 9_500, 12_000),
                refused(2, ErrorCode.UNAVAILABLE, 11_000, 11_500),
                printed(3, 12_000, 12_000, 24_000));

        List<RunWindows.Window> w = RunWindows.of(done, 25_000_000_000L, TEN_SECONDS);

        assertThat(w).hasSize(3);
        assertThat(w.get(0).arrived()).isEqualTo(2);
        assertThat(w.get(0).answered()).isEqualTo(1);
        assertThat(w.get(1).arrived()).isEqualTo(2);
        assertThat(w.get(1).answered()).isEqualTo(2);
        assertThat(w.get(1).printed()).isEqualTo(1);
        assertThat(w.get(2).answered()).isEqualTo(1);
        assertThat(w.get(0).latency().orElseThrow().max()).isEqualTo(3_000);
        assertThat(w.get(2).latency()).isEmpty();
    }

    @Test
    void the_last_window_is_as_long_as_what_is_left_of_the_run() {
        List<RunWindows.Window> w = RunWindows.of(List.of(printed(0, 0, 0, 24_000)), 25_000_000_000L, TEN_SECONDS);

        assertThat(w.get(2).from()).isEqualTo(20.0);
        assertThat(w.get(2).to()).isEqualTo(25.0);
        assertThat(w.get(2).printedPerSecond()).isEqualTo(0.2);
    }
}
