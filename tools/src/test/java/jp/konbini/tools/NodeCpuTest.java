package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a folder laid out as Linux's /proc: command lines, working folders and stat lines. */
class NodeCpuTest {
    @TempDir
    Path root;

    @Test
    void finds_each_node_by_its_config_path_and_reads_its_cpu_ticks() throws Exception {
        Path lab = Files.createDirectories(root.resolve("lab"));
        Path proc = Files.createDirectories(root.resolve("proc"));
        process(proc, 101, lab, "java", "-m", "konbini.hub/jp.konbini.hub.HubMain", "--config", lab + "/hub-1.conf");
        // started from its own folder with a relative path, as 'tools lab' suggests
        process(proc, 102, lab.resolve("relay-1"), "java", "-m", "konbini.relay/x", "--config", "../relay-1.conf");
        process(proc, 103, lab, "java", "--config", root + "/other-lab/hub-1.conf");
        process(proc, 104, lab, "bash");
        stat(proc, 101, 250, 50);
        stat(proc, 102, 10, 5);
        stat(proc, 103, 999, 999);
        stat(proc, 104, 1, 1);
        Files.createDirectories(proc.resolve("self"));

        NodeCpu cpu = new NodeCpu(proc);
        NodeCpu.Snapshot before = cpu.snapshot(lab, List.of("city-052019", "hub-1", "relay-1"));
        stat(proc, 101, 400, 100);
        stat(proc, 102, 30, 5);
        NodeCpu.Snapshot after = cpu.snapshot(lab, List.of("city-052019", "hub-1", "relay-1"));

        assertThat(after.pids()).containsEntry("hub-1", List.of(101L)).containsEntry("relay-1", List.of(102L))
                .containsEntry("city-052019", List.of());
        assertThat(after.ticksSince(before, "hub-1")).isEqualTo(OptionalLong.of(200));
        assertThat(after.ticksSince(before, "relay-1")).isEqualTo(OptionalLong.of(20));
        assertThat(after.ticksSince(before, "city-052019")).isEmpty();
        assertThat(cpu.ticksOf(104)).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void reads_utime_and_stime_past_a_process_name_with_spaces_and_parentheses() {
        String stat = "4242 (java (konbini) x) S 1 4242 4242 0 -1 4194560 12345 0 0 0 731 129 0 0 20 0 42 0 5000 0 0";

        assertThat(NodeCpu.cpuTicks(stat)).isEqualTo(OptionalLong.of(860));
        assertThat(NodeCpu.cpuTicks("garbage")).isEmpty();
    }

    @Test
    void no_proc_means_no_node_found() throws Exception {
        NodeCpu.Snapshot s = new NodeCpu(root.resolve("no-proc")).snapshot(root, List.of("hub-1"));

        assertThat(s.pids()).containsEntry("hub-1", List.of());
    }

    private static void process(Path proc, long pid, Path cwd, String... args) throws Exception {
        Path p = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.createDirectories(cwd);
        Files.write(p.resolve("cmdline"), (String.join("\0", args) + "\0").getBytes(StandardCharsets.UTF_8));
        Files.deleteIfExists(p.resolve("cwd"));
        Files.createSymbolicLink(p.resolve("cwd"), cwd);
    }

    private static void stat(Path proc, long pid, long utime, long stime) throws Exception {
        Files.writeString(proc.resolve(Long.toString(pid)).resolve("stat"),
                pid + " (java) S 1 1 1 0 -1 0 0 0 0 0 " + utime + " " + stime + " 0 0 20 0 1 0 1 0 0\n");
    }
}
