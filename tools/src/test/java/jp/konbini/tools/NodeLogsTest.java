package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import jp.konbini.node.TimingLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeLogsTest {
    private static final Instant FROM = Instant.parse("2026-11-27T01:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-27T01:10:00Z");

    @TempDir
    Path logs;

    @Test
    void reads_the_timing_lines_logged_within_the_run_by_hop() throws Exception {
        Files.writeString(logs.resolve("relay-1.log"), """
                2026-11-27T09:59:59.999+09:00 INFO  [loop-1] timing - timing hop=relay ms=99.0 outcome=ok
                2026-11-27T10:00:00.000+09:00 INFO  [main] RelayServer - listening on 127.0.0.1:4000
                2026-11-27T10:00:01.250+09:00 INFO  [loop-1] timing - timing hop=relay ms=12.3 outcome=ok
                2026-11-27T10:05:00.000+09:00 INFO  [loop-2] timing - timing hop=relay ms=40.0 outcome=E012
                2026-11-27T01:10:00.001Z INFO  [loop-2] timing - timing hop=relay ms=77.0 outcome=ok
                """);
        Files.createDirectories(logs.resolve("city-052019"));
        Files.writeString(logs.resolve("city-052019/city-052019.log"),
                "2026-11-27T10:00:02.000+09:00 INFO  [work-1] timing - timing hop=city ms=250.5 outcome=ok\n");
        Files.writeString(logs.resolve("city-052035.log"),
                "2026-11-27T10:00:03.000+09:00 INFO  [work-1] timing - timing hop=city ms=300.0 outcome=E034\n");

        NodeLogs.Timings t = NodeLogs.read(logs, List.of("city-052019", "city-052035", "hub-1", "relay-1"), FROM, TO);

        assertThat(t.byHop().get("relay")).containsExactly(new TimingLine("relay", 12.3, "ok"),
                new TimingLine("relay", 40.0, "E012"));
        assertThat(t.byHop().get("city")).containsExactly(new TimingLine("city", 250.5, "ok"),
                new TimingLine("city", 300.0, "E034"));
        assertThat(t.byHop()).doesNotContainKey("hub");
        assertThat(t.missing()).containsExactly("hub-1");
        assertThat(t.read()).containsExactly(logs.resolve("city-052019/city-052019.log"), logs.resolve("city-052035.log"),
                logs.resolve("relay-1.log"));
    }

    @Test
    void a_line_without_a_readable_timestamp_is_not_counted() {
        assertThat(NodeLogs.timing("timing hop=relay ms=12.3 outcome=ok", FROM, TO)).isEmpty();
        assertThat(NodeLogs.timing("yesterday timing - timing hop=relay ms=12.3 outcome=ok", FROM, TO)).isEmpty();
    }

    @Test
    void the_node_folder_log_is_used_when_there_is_none_beside_it() throws Exception {
        Files.createDirectories(logs.resolve("hub-1"));
        Files.writeString(logs.resolve("hub-1/hub-1.log"), "");

        assertThat(NodeLogs.logOf(logs, "hub-1")).contains(logs.resolve("hub-1/hub-1.log"));
        Files.writeString(logs.resolve("hub-1.log"), "");
        assertThat(NodeLogs.logOf(logs, "hub-1")).contains(logs.resolve("hub-1.log"));
        assertThat(NodeLogs.logOf(logs, "relay-1")).isEmpty();
    }
}
