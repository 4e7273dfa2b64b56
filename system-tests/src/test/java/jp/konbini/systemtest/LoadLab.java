package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lab of two cities and 50 kiosks with its chain running (both cities, the hub or hubs, one relay), and the
 * load command ({@code tools load}) run against it as an operator would.
 */
final class LoadLab implements AutoCloseable {
    static final String AKITA = "052019";
    static final String YOKOTE = "052035";
    static final int KIOSKS = 50;

    final Path dir;
    final int hubCount;
    final List<RunningNode> nodes = new ArrayList<>();
    /** hub-1, hub-2, ... in the relay's order. */
    final List<RunningNode> hubs = new ArrayList<>();
    RunningNode hub;
    RunningNode relay;
    RunningNode yokote;

    private LoadLab(Path dir, int hubCount) {
        this.dir = dir;
        this.hubCount = hubCount;
    }

    /** {@code tools lab --kiosks 50}: a card per kiosk and a few more, half of them in each city. */
    static LoadLab create(Path dir) throws Exception {
        return create(dir, 1);
    }

    /** The same with {@code --hubs N}: hub-1 ... hub-N, which the relay lists as hub.1 ... hub.N. */
    static LoadLab create(Path dir, int hubs) throws Exception {
        Konbini.Result made = Konbini.run(dir, "tools", "lab", "--dir", dir.toString(), "--residents", "300",
                "--kiosks", String.valueOf(KIOSKS), "--cards-per-city", String.valueOf(KIOSKS / 2 + 2),
                "--hubs", String.valueOf(hubs));
        assertThat(made.exitCode()).as(made.output()).isZero();
        for (int n = 1; n <= hubs; n++) {
            assertThat(Files.readString(dir.resolve("hub-" + n + ".conf")))
                    .contains("route = " + AKITA + " ", "route = " + YOKOTE + " ");
        }
        return new LoadLab(dir, hubs);
    }

    /** The requests of a run: 100 by default (two per kiosk, so CI stays near its budget), {@code -Dkonbini.load.requests=3000} for the full run. */
    static int requests() {
        return Integer.parseInt(System.getProperty("konbini.load.requests", "100"));
    }

    /** Points the hub's route for {@code code} at another port (a faulty city in front of the real one). */
    void routeVia(String code, int port) throws IOException {
        Path hubConf = dir.resolve("hub-1.conf");
        String conf = Files.readString(hubConf, StandardCharsets.UTF_8)
                .replaceAll("(?m)^route = " + code + " 127\\.0\\.0\\.1:\\d+ ", "route = " + code + " 127.0.0.1:" + port + " ");
        Files.writeString(hubConf, conf, StandardCharsets.UTF_8);
    }

    void start() throws Exception {
        nodes.add(RunningNode.start("city", "city-" + AKITA, dir));
        yokote = RunningNode.start("city", "city-" + YOKOTE, dir);
        nodes.add(yokote);
        for (int n = 1; n <= hubCount; n++) {
            RunningNode h = RunningNode.start("hub", "hub-" + n, dir);
            hubs.add(h);
            nodes.add(h);
        }
        hub = hubs.getFirst();
        relay = RunningNode.start("relay", "relay-1", dir);
        nodes.add(relay);
        for (RunningNode n : nodes) {
            n.awaitListening();
        }
    }

    /** {@code tools load --lab DIR --kiosks 50 --requests N [--faulty]}, with a bound that grows with N. */
    Konbini.Result load(int requests, boolean faulty) throws Exception {
        List<String> args = new ArrayList<>(List.of("tools", "load", "--lab", dir.toString(), "--kiosks",
                String.valueOf(KIOSKS), "--requests", String.valueOf(requests)));
        if (faulty) {
            args.add("--faulty");
        }
        Process p = Konbini.builder(dir.resolve("load"), args.toArray(String[]::new)).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        if (!p.waitFor(10 + requests / 2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("tools load did not finish; output so far:\n" + out);
        }
        Konbini.Result r = new Konbini.Result(p.exitValue(), out, err.join());
        Files.writeString(dir.resolve("load/load-output.txt"), r.output(), StandardCharsets.UTF_8);
        System.out.println(r.stdout()); // the run's figures, in the test log
        return r;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The count of one outcome in the load command's "outcomes: {...}" line, 0 when absent. */
    static int outcome(Konbini.Result r, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=(\\d+)").matcher(r.stdout());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Override
    public void close() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }
}
