package jp.konbini.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.konbini.node.CommandLine;

/**
 * {@code konbini demo}: a fresh PKI and a synthetic city in a temporary folder, city, hub and relay
 * started as separate processes on loopback, certificates issued through the kiosk command line, and
 * every process stopped again, also on Ctrl-C or on error.
 */
final class DemoCommand implements ToolsMain.Command {
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String usage() {
        return """
                usage: konbini demo [--out DIR] [--residents N] [--keep]

                Runs the whole chain on this machine: creates a PKI and a synthetic Akita City in a
                temporary folder, starts the city server, the J-LIS hub and the ECS relay as separate
                processes on 127.0.0.1, issues a 住民票の写し for each demo card through the kiosk CLI
                (and shows one wrong PIN), writes the PDFs to --out (default out/demo) and stops every
                process it started. --keep leaves the temporary folder (configs, keys, logs) in place.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("out", "residents"), Set.of("keep"));
        Path outDir = Path.of(cl.get("out").orElse("out/demo")).toAbsolutePath();
        int residents = PkiInitCommand.Numbers.parse(cl.get("residents"), 500, 10, 1_000_000, "--residents");
        Files.createDirectories(outDir);
        Path work = Files.createTempDirectory("konbini-demo-");
        List<NodeProcess> started = new ArrayList<>();
        boolean keep = cl.flag("keep");
        Thread stopper = new Thread(() -> cleanUp(started, work, keep), "demo-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            out.println("work folder: " + work);
            Lab.Layout lab = Lab.create(work, residents, out);
            out.println("1/3 PKI (3 root CAs, node keys, cards), configs and a synthetic Akita City created");
            // the hub checks every card against the JPKI CA's OCSP responder (CRL as fallback)
            started.add(RevocationLab.startResponder(work, RevocationLab.enable(work)));
            started.getLast().awaitReady(START_TIMEOUT);
            start(started, "city-" + Lab.CITY, "konbini.city/jp.konbini.city.CityMain", work);
            start(started, "hub-1", "konbini.hub/jp.konbini.hub.HubMain", work);
            start(started, "relay-1", "konbini.relay/jp.konbini.relay.RelayMain", work);
            out.printf("2/3 city :%d, hub :%d, relay :%d running as separate processes (pids %s)%n",
                    lab.ports().city(), lab.ports().hub(), lab.ports().relay(),
                    started.stream().map(p -> String.valueOf(p.pid())).toList());
            int failures = issueAll(lab, outDir, out);
            out.println("3/3 " + (failures == 0 ? "done" : failures + " unexpected results") + ": certificates in "
                    + outDir + (cl.flag("keep") ? "; configs, keys and node logs in " + work : ""));
            return failures == 0 ? 0 : 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
                cleanUp(started, work, keep);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is already stopping and the hook cleans up
            }
        }
    }

    private static void start(List<NodeProcess> started, String id, String mainRef, Path work) throws Exception {
        NodeProcess p = NodeProcess.start(id, mainRef, work.resolve(id),
                List.of("--config", work.resolve(id + ".conf").toString()));
        started.add(p);
        p.awaitReady(START_TIMEOUT);
    }

    /**
     * One wrong PIN first (the screen says how many tries are left), then each linked card with its PIN,
     * then the unlinked card, which the city refuses. Returns how many results were not as expected.
     */
    private static int issueAll(Lab.Layout lab, Path outDir, PrintStream out) throws Exception {
        int failures = 0;
        Lab.CardPin first = lab.linkedCards().get(0);
        String wrong = first.pin().equals("9999") ? "9998" : "9999";
        KioskRun wrongPin = kiosk(lab, first.card(), wrong, outDir.resolve("not-printed.pdf"));
        out.println("   " + first.card().getFileName() + ", wrong PIN: " + wrongPin.line());
        failures += wrongPin.exitCode() == 3 ? 0 : 1;
        for (Lab.CardPin c : lab.linkedCards()) {
            Path pdf = outDir.resolve(c.card().getFileName().toString().replace(".card", "") + "-juminhyo.pdf");
            KioskRun run = kiosk(lab, c.card(), c.pin(), pdf);
            out.println("   " + c.card().getFileName() + ": " + run.line());
            failures += run.exitCode() == 0 ? 0 : 1;
        }
        Lab.CardPin unknown = lab.unlinkedCard();
        KioskRun refused = kiosk(lab, unknown.card(), unknown.pin(), outDir.resolve("not-printed.pdf"));
        out.println("   " + unknown.card().getFileName() + " (no resident in this city): " + refused.line());
        failures += refused.exitCode() == 2 ? 0 : 1;
        return failures;
    }

    record KioskRun(int exitCode, String line) {
    }

    private static KioskRun kiosk(Lab.Layout lab, Path card, String pin, Path pdf) throws Exception {
        List<String> cmd = JavaCommand.of("konbini.kiosk/jp.konbini.kiosk.KioskMain", List.of("issue",
                "--config", lab.config("kiosk-0001").toString(), "--card", card.toString(), "--pin", pin,
                "--city", Lab.CITY, "--type", "juminhyo", "--out", pdf.toString()));
        Path log = lab.dir().resolve("kiosk-0001");
        Files.createDirectories(log);
        Process p = new ProcessBuilder(cmd).directory(log.toFile())
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new KioskRun(-1, "kiosk did not finish in 120 s");
        }
        Files.writeString(log.resolve("kiosk-0001.log"), stdout + stderr, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        String line = lastScreenLine(stdout + "\n" + stderr);
        return new KioskRun(p.exitValue(), line);
    }

    /** The kiosk's screen line: its last line that is not a log line. */
    private static String lastScreenLine(String output) {
        String screen = "";
        for (String l : output.split("\n")) {
            if (!l.isBlank() && !l.matches("^\\d{4}-\\d{2}-\\d{2}T.*")) {
                screen = l.strip();
            }
        }
        return screen;
    }

    /** Stops every node this demo started and, unless kept, removes the temporary folder. */
    private static synchronized void cleanUp(List<NodeProcess> started, Path work, boolean keep) {
        stopAll(started);
        if (!keep) {
            try {
                deleteTree(work);
            } catch (IOException e) {
                System.err.println("konbini demo: could not remove " + work + ": " + e.getMessage());
            }
        }
    }

    private static void stopAll(List<NodeProcess> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        started.clear();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
