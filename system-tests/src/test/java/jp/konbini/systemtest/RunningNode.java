package jp.konbini.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A node started with {@code bin/konbini <role> --config FILE} from its own folder. Its output goes to
 * a log file in that folder (as an operator's process manager would keep it) and to memory, where a
 * test can wait for a line to appear.
 */
final class RunningNode implements AutoCloseable {
    private final String id;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private RunningNode(String id, Process process, Path log) {
        this.id = id;
        this.process = process;
        Thread.ofPlatform().daemon().name("log-" + id).start(() -> pump(log));
    }

    static RunningNode start(String role, String id, Path labDir) throws IOException {
        Path dir = labDir.resolve(id);
        ProcessBuilder pb = Konbini.builder(dir, role, "--config", labDir.resolve(id + ".conf").toString())
                .redirectErrorStream(true);
        return new RunningNode(id, pb.start(), dir.resolve(id + ".log"));
    }

    /** Any other process whose output a test waits on (e.g. {@code tools card serve}, pcscd), logged to {@code log}. */
    static RunningNode process(String id, ProcessBuilder builder, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        return new RunningNode(id, builder.redirectErrorStream(true).start(), log);
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended; what it wrote so far stays readable
        } finally {
            synchronized (lines) {
                ended = true;
                lines.notifyAll();
            }
        }
    }

    void awaitListening() throws InterruptedException {
        awaitLog(l -> l.contains("listening on"), Duration.ofSeconds(60));
    }

    /** Waits for the node to log a matching line; fails when it ends or the time is up first. */
    String awaitLog(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (match.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    throw new AssertionError(id + (ended ? " ended" : " timed out") + " before the expected log line; log:\n"
                            + String.join("\n", lines));
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /** Waits until {@code count} lines match; fails when the node ends or the time is up first. */
    void awaitLogCount(Predicate<String> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.stream().filter(match).count() < count) {
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    throw new AssertionError(id + (ended ? " ended" : " timed out") + " before " + count
                            + " matching log lines");
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /**
     * Stops the node as an operator's process manager does, with SIGTERM (the launcher execs the JVM, so the signal
     * reaches the node), and waits until it has ended, however long its own shutdown takes within {@code timeout},
     * and until its last log line has been read. {@link ProcessHandle#destroy}, not {@link Process#destroy}: the
     * latter also closes the pipe the node logs to, and what it logs while it stops would be lost.
     */
    void terminate(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        process.toHandle().destroy();
        synchronized (lines) {
            while (!ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(id + " did not end within " + timeout.toSeconds() + " s of SIGTERM");
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
        process.waitFor();
    }

    String logText() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
