package jp.konbini.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code bin/konbini} as a user would, from the modules the build just laid out. */
final class Konbini {
    static final Path HOME = Path.of(System.getProperty("konbini.home", "..")).toAbsolutePath().normalize();

    /** What a finished command printed. */
    record Result(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }

    private Konbini() {
    }

    static ProcessBuilder builder(Path workDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(HOME.resolve("bin/konbini").toString());
        cmd.addAll(List.of(args));
        Files.createDirectories(workDir);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        // the reactor build has just packaged the modules; never start a nested build from a test
        pb.environment().put("KONBINI_NO_BUILD", "1");
        return pb;
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Process p = builder(workDir, args).start();
        // read both streams fully (their ends come with the process's end), then collect the code
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("bin/konbini " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        return new Result(p.exitValue(), out, err.join());
    }
}
