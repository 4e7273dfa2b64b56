package jp.konbini.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A node running as its own process, its output kept in a log file in its working folder. Ready when
 * it logs that it is listening; stopped with SIGTERM so it closes cleanly.
 */
final class NodeProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final Deque<String> lastLines = new ArrayDeque<>();

    private NodeProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        Thread.ofPlatform().daemon().name("log-" + name).start(() -> copyOutput(logFile));
    }

    static NodeProcess start(String name, String mainRef, Path workDir, List<String> args) throws IOException {
        Files.createDirectories(workDir);
        Process p = new ProcessBuilder(JavaCommand.of(mainRef, args))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        return new NodeProcess(name, p, workDir.resolve(name + ".log"));
    }

    void awaitReady(Duration timeout) throws Exception {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(name + " did not start within " + timeout.toSeconds() + " s; last lines: "
                    + lastLines());
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage());
        }
    }

    long pid() {
        return process.pid();
    }

    private void copyOutput(Path logFile) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                log.println(line);
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 5) {
                        lastLines.removeFirst();
                    }
                }
                if (line.contains("listening on")) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        String exit;
        try {
            exit = process.waitFor(5, TimeUnit.SECONDS) ? "exited with code " + process.exitValue() : "closed its output";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = "interrupted";
        }
        ready.completeExceptionally(new IllegalStateException(name + " " + exit + ": " + lastLines()));
    }

    private String lastLines() {
        synchronized (lastLines) {
            return String.join(" | ", lastLines);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
