package jp.konbini.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time of the lab's node processes on this machine, from Linux's {@code /proc}: a node is a process whose
 * command line has {@code --config <lab>/<node-id>.conf} (a relative path is taken from the process's working
 * folder), its CPU time {@code utime + stime} of {@code /proc/<pid>/stat}, in clock ticks.
 */
final class NodeCpu {
    /** The pids found per node id (a node with none is not running here) and their CPU ticks then. */
    record Snapshot(Map<String, List<Long>> pids, Map<Long, Long> ticks) {
        /** CPU ticks the node's processes used since {@code before}; empty if it has none or they changed. */
        OptionalLong ticksSince(Snapshot before, String nodeId) {
            List<Long> now = pids.getOrDefault(nodeId, List.of());
            if (now.isEmpty() || !now.equals(before.pids.getOrDefault(nodeId, List.of()))) {
                return OptionalLong.empty();
            }
            long used = 0;
            for (long pid : now) {
                used += ticks.get(pid) - before.ticks.get(pid);
            }
            return OptionalLong.of(used);
        }
    }

    private final Path proc;

    NodeCpu(Path proc) {
        this.proc = proc;
    }

    Snapshot snapshot(Path lab, List<String> nodeIds) throws IOException {
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        Map<Long, Long> ticks = new LinkedHashMap<>();
        nodeIds.forEach(id -> pids.put(id, new ArrayList<>()));
        if (!Files.isDirectory(proc)) {
            return new Snapshot(pids, ticks);
        }
        List<Path> processes;
        try (Stream<Path> s = Files.list(proc)) {
            processes = s.filter(p -> p.getFileName().toString().matches("\\d+")).sorted().toList();
        }
        for (Path p : processes) {
            long pid = Long.parseLong(p.getFileName().toString());
            try {
                for (String id : nodeIds) {
                    if (isNode(p, lab.resolve(id + ".conf").normalize())) {
                        OptionalLong t = cpuTicks(Files.readString(p.resolve("stat"), StandardCharsets.US_ASCII));
                        if (t.isPresent()) {
                            pids.get(id).add(pid);
                            ticks.put(pid, t.getAsLong());
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended while we looked, or is another user's: not one of this lab's nodes
            }
        }
        return new Snapshot(pids, ticks);
    }

    /** The CPU ticks of one process so far (this process: {@link ProcessHandle#pid()}). */
    OptionalLong ticksOf(long pid) {
        try {
            return cpuTicks(Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isNode(Path process, Path config) throws IOException {
        List<String> args = List.of(new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                .split("\0"));
        for (int i = 0; i < args.size(); i++) {
            String named = args.get(i).equals("--config") && i + 1 < args.size() ? args.get(i + 1)
                    : args.get(i).startsWith("--config=") ? args.get(i).substring("--config=".length()) : null;
            if (named != null) {
                Path file = Path.of(named);
                if (!file.isAbsolute()) {
                    file = Files.readSymbolicLink(process.resolve("cwd")).resolve(file);
                }
                // the same file by another spelling (a symbolic link in the lab's path) counts too
                if (file.normalize().equals(config) || (Files.exists(file) && Files.isSameFile(file, config))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code utime + stime} (fields 14 and 15) of a {@code /proc/<pid>/stat} line; its name (field 2) may hold spaces and parentheses. */
    static OptionalLong cpuTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalLong.empty();
        }
        String[] f = stat.substring(close + 1).strip().split(" +");
        // f[0] is field 3 (state): utime is field 14, stime field 15
        if (f.length < 13) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(f[11]) + Long.parseLong(f[12]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Clock ticks per second ({@code getconf CLK_TCK}); 100, Linux's USER_HZ everywhere, if it cannot be asked. */
    static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return p.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
