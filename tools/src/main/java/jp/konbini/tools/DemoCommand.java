package jp.konbini.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.konbini.node.CommandLine;

/**
 * {@code konbini demo}: a fresh PKI and two synthetic cities in a temporary folder, cities, hub and relay
 * started as separate processes on loopback, certificates issued through the kiosk command line, and
 * every process stopped again, also on Ctrl-C or on error.
 */
final class DemoCommand implements ToolsMain.Command {
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public String usage() {
        return """
                usage: konbini demo [--out DIR] [--residents N] [--keep]

                Runs the whole chain on this machine: creates a PKI and two synthetic cities (秋田市 052019
                and 横手市 052035, each with its own residents, keys and database) in a temporary folder,
                starts both city servers, the J-LIS hub (routing by city code) and the ECS relay as
                separate processes on 127.0.0.1, issues a 住民票の写し for each demo card from its own city
                through the kiosk CLI (and shows one wrong PIN, a card asking the other city and a card
                nobody knows), writes the PDFs to --out (default out/demo) and stops every process it
                started. --keep leaves the temporary folder (configs, keys, logs) in place.""";
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
            Lab.Layout lab = Lab.create(work, new Lab.Size(residents, 1, Lab.Size.DEMO.cardsPerCity(), 1), out);
            out.println("1/3 PKI (3 root CAs, node keys, cards), configs and two synthetic cities created");
            // the hub checks every card against the JPKI CA's OCSP responder (CRL as fallback)
            started.add(RevocationLab.startResponder(work, RevocationLab.enable(work)));
            started.getLast().awaitReady(START_TIMEOUT);
            for (LabCity c : LabCity.ALL) {
                start(started, c.nodeId(), "konbini.city/jp.konbini.city.CityMain", work);
            }
            start(started, "hub-1", "konbini.hub/jp.konbini.hub.HubMain", work);
            start(started, "relay-1", "konbini.relay/jp.konbini.relay.RelayMain", work);
            out.printf("2/3 cities %s, hub :%d, relay :%d running as separate processes (pids %s)%n",
                    lab.ports().cities(), lab.ports().hub(), lab.ports().relay(),
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
     * One wrong PIN first (the screen says how many tries are left), then each linked card at its own
     * city, then a card asking the other city and the unlinked card, which the cities refuse. Returns how
     * many results were not as expected.
     */
    private static int issueAll(Lab.Layout lab, Path outDir, PrintStream out) throws Exception {
        int failures = 0;
        Lab.CardPin first = lab.linkedCards().get(0);
        String wrong = first.pin().equals("9999") ? "9998" : "9999";
        KioskRun wrongPin = kiosk(lab, first.card(), wrong, Lab.CITY, outDir.resolve("not-printed.pdf"));
        out.println("   " + first.card().getFileName() + ", wrong PIN: " + wrongPin.line());
        failures += wrongPin.exitCode() == 3 ? 0 : 1;
        for (Map.Entry<String, Lab.CardPin> e : Lab.allLinked(lab)) {
            Lab.CardPin c = e.getValue();
            Path pdf = outDir.resolve(c.card().getFileName().toString().replace(".card", "") + "-" + e.getKey()
                    + "-juminhyo.pdf");
            KioskRun run = kiosk(lab, c.card(), c.pin(), e.getKey(), pdf);
            out.println("   " + c.card().getFileName() + " at " + e.getKey() + ": " + run.line());
            failures += run.exitCode() == 0 ? 0 : 1;
        }
        String other = LabCity.ALL.get(1).code();
        KioskRun elsewhere = kiosk(lab, first.card(), first.pin(), other, outDir.resolve("not-printed.pdf"));
        out.println("   " + first.card().getFileName() + " at " + other + " (lives in " + Lab.CITY + "): "
                + elsewhere.line());
        failures += elsewhere.exitCode() == 2 ? 0 : 1;
        Lab.CardPin unknown = lab.unlinkedCard();
        KioskRun refused = kiosk(lab, unknown.card(), unknown.pin(), Lab.CITY, outDir.resolve("not-printed.pdf"));
        out.println("   " + unknown.card().getFileName() + " (no resident in this city): " + refused.line());
        failures += refused.exitCode() == 2 ? 0 : 1;
        return failures;
    }

    record KioskRun(int exitCode, String line) {
    }

    private static KioskRun kiosk(Lab.Layout lab, Path card, String pin, String city, Path pdf) throws Exception {
        List<String> cmd = JavaCommand.of("konbini.kiosk/jp.konbini.kiosk.KioskMain", List.of("issue",
                "--config", lab.config("kiosk-0001").toString(), "--card", card.toString(), "--pin", pin,
                "--city", city, "--type", "juminhyo", "--out", pdf.toString()));
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
