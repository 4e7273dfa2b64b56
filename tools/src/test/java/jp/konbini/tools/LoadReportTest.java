package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.konbini.tools.LoadRequests.printed;
import static jp.konbini.tools.LoadRequests.refused;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import jp.konbini.node.TimingLine;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class LoadReportTest {
    private final List<LoadRun.Request> done = List.of(printed(0, 0, 200, 1_200), printed(1, 500, 1_200, 2_000),
            refused(2, ErrorCode.UNAVAILABLE, 1_000, 1_100));

    @Test
    void the_hop_table_has_every_hop_and_says_which_logged_nothing() {
        Map<String, List<TimingLine>> byHop = new LinkedHashMap<>();
        byHop.put("city", List.of(new TimingLine("city", 300, "ok"), new TimingLine("city", 500, "E012")));
        byHop.put("relay", List.of(new TimingLine("relay", 900, "ok")));

        List<String> lines = LoadReport.hops(done, new NodeLogs.Timings(byHop, List.of(Path.of("relay-1.log")), List.of("hub-1")));

        assertThat(String.join("\n", lines))
                // latencies 1,200, 1,500 and 100 ms: the median is the second of three
                .containsPattern("request \\(arrival to last answer\\) +3 +1200\\.0 +1500\\.0")
                .containsPattern("of it waiting for a free kiosk +3 +200\\.0 +700\\.0")
                .containsPattern("kiosk \\(card PIN to print ack\\) +3 +800\\.0 +1000\\.0")
                .containsPattern("hub +- +no timing lines in the logs")
                .containsPattern("city +2 +300\\.0 +500\\.0 +500\\.0 +500\\.0 +500\\.0")
                .contains("outcomes per hop (from the logs): city {E012=1, ok=1}, relay {ok=1}")
                .contains("no log found for [hub-1]");
    }

    @Test
    void errors_are_counted_by_code() {
        assertThat(LoadReport.errors(done)).isEqualTo("errors by code: {[E012] UNAVAILABLE=1}");
        assertThat(LoadReport.errors(List.of(printed(0, 0, 0, 1)))).isEqualTo("errors by code: none");
    }

    @Test
    void cpu_per_certificate_is_the_nodes_cpu_over_the_run_divided_by_the_printed() {
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        pids.put("city-052019", List.of(5L));
        pids.put("hub-1", List.of(7L));
        NodeCpu.Snapshot before = new NodeCpu.Snapshot(pids, Map.of(5L, 100L, 7L, 1_000L));
        NodeCpu.Snapshot after = new NodeCpu.Snapshot(pids, Map.of(5L, 400L, 7L, 1_500L));

        // two printed, both at Akita (052019), and one refused
        List<String> lines = LoadReport.cpu(before, after, OptionalLong.of(50), 100, done, 20_000_000_000L);

        assertThat(lines.get(1)).contains("city-052019 pid [5]").contains("3.0 s CPU").contains("1.500 s per certificate (2)");
        assertThat(lines.get(2)).contains("hub-1 pid [7]").contains("5.0 s CPU").contains("25% of a core")
                .contains("2.500 s per certificate (2)");
        assertThat(lines.get(3)).contains("tools load").contains("0.5 s CPU");
    }

    @Test
    void the_report_says_so_when_no_node_process_was_found() {
        NodeCpu.Snapshot none = new NodeCpu.Snapshot(Map.of("hub-1", List.of()), Map.of());

        assertThat(String.join("\n", LoadReport.cpu(none, none, OptionalLong.empty(), 100, done, 1)))
                .contains("no node process of this lab found on this machine");
    }

    @Test
    void throughput_is_given_per_minute_with_the_least_of_the_full_minutes() {
        List<LoadRun.Request> many = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(printed(i, i * 600L, i * 600L, i * 600L + 100));
        }

        List<String> lines = LoadReport.perMinute(RunWindows.of(many, 90_000_000_000L, 60_000_000_000L));

        assertThat(lines).contains("  minute 1: 100 printed (1.67/s), 100 answered, 100 arrived",
                "  minute 2 (30 s): 50 printed (1.67/s), 50 answered, 50 arrived",
                "sustained: at least 1.67 printed/s in every full minute");
    }
}
