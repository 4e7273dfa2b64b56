package jp.konbini.tools;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;

/**
 * {@code konbini tools fuzz TARGET --seconds N}: runs one Jazzer {@code @FuzzTest} in fuzzing mode.
 *
 * <p>Why through Maven and not in this JVM: a fuzz target lives with the tests of the module whose decoder it
 * attacks (it uses that module's test helpers and is replayed by its normal test run), and Jazzer must
 * instrument that module's classes, which the launcher's module path does not hold. Surefire already knows how
 * to run a test inside its named module with the Jazzer agent, so this command runs exactly that, with
 * {@code JAZZER_FUZZ=1} and a time limit, and prints libFuzzer's final figures. Needs the source tree (it runs
 * {@code ./mvnw} offline in it); new crashing inputs land in the target's {@code *Inputs} resource folder, where
 * they become regression cases.
 */
final class FuzzCommand implements ToolsMain.Command {

    /** A fuzz target: the module that owns it and the test method, {@code Class#method}. */
    record Target(String module, String test, String decoder) {
    }

    static final Map<String, Target> TARGETS = targets();

    private static Map<String, Target> targets() {
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("frames", new Target("jlis-protocol", "jp.konbini.protocol.codec.FrameDecoderFuzzTest#frames",
                "FrameDecoder + MessageCodec on a peer's raw bytes"));
        t.put("message-bodies", new Target("jlis-protocol",
                "jp.konbini.protocol.codec.MessageBodiesFuzzTest#messageBodies",
                "MessageBodies.decode, every message type"));
        t.put("node-config", new Target("node-common", "jp.konbini.node.NodeConfigFuzzTest#nodeConfig",
                "NodeConfig.load and its typed getters on any config file"));
        t.put("peer-rules", new Target("node-common", "jp.konbini.node.NodeConfigFuzzTest#peerRules",
                "PeerRules allow.peer / allow.source lines"));
        t.put("pem", new Target("crypto", "jp.konbini.crypto.PemFuzzTest#pemFile",
                "Pem.readCertificates and Pem.readPrivateKey on any file"));
        t.put("card-certificate", new Target("crypto", "jp.konbini.crypto.PemFuzzTest#cardCertificate",
                "JpkiCertificateValidator.validate on any DER"));
        t.put("card-file", new Target("crypto", "jp.konbini.crypto.card.CardFileFuzzTest#cardFile",
                "CardFile.open on any emulated card file"));
        t.put("card-responses", new Target("kiosk-client", "jp.konbini.kiosk.JpkiCardFuzzTest#cardResponses",
                "JpkiCard (open, VERIFY PIN, sign) on any APDU responses of a card"));
        t.put("revocation", new Target("crypto", "jp.konbini.crypto.RevocationFuzzTest#revocationAnswer",
                "RevocationChecker on any OCSP response or CRL from the network"));
        t.put("scan-upload", new Target("verify-site", "jp.konbini.verify.ScanUploadFuzzTest#scanUpload",
                "ScanFile.load + BackDecoder.read on any uploaded PNG/JPEG/PDF"));
        t.put("sealed-print", new Target("crypto", "jp.konbini.crypto.SealedPrintFuzzTest#sealedPrint",
                "the hub's sealing key, binding certificate and a sealed chunk, as the kiosk opens them"));
        return java.util.Collections.unmodifiableMap(t);
    }

    @Override
    public String usage() {
        StringBuilder u = new StringBuilder("""
                usage: konbini tools fuzz TARGET [--seconds N] [--project DIR]
                       konbini tools fuzz list

                Fuzzes one decoder of outside bytes with Jazzer for N seconds (default 60, at most 86400):
                runs ./mvnw -o -pl MODULE test -Dtest=TARGET-TEST with JAZZER_FUZZ=1 in the source tree
                (DIR, default: the tree this launcher was built from) and prints libFuzzer's last line
                (executions, coverage edges) and whether it found a crash. The full log is written to
                target/fuzz-TARGET.log of the module. A crashing input is saved beside the target's seed
                corpus (src/test/resources/.../<Test>Inputs/<method>/crash-*) and fails the normal test run
                until fixed. Exit 0: no finding; 1: a finding; 64: bad command line.

                targets:
                """);
        TARGETS.forEach((name, t) -> u.append(String.format("  %-17s %s (%s)%n", name, t.decoder(), t.module())));
        return u.toString().stripTrailing();
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new UsageException("name a TARGET (or 'list')");
        }
        if (args[0].equals("list")) {
            TARGETS.forEach((name, t) -> out.printf("%-17s %s%n", name, t.decoder()));
            return 0;
        }
        Target target = TARGETS.get(args[0]);
        if (target == null) {
            throw new UsageException("unknown target '" + args[0] + "'; targets: " + String.join(", ", TARGETS.keySet()));
        }
        CommandLine cl = CommandLine.parse(Arrays.copyOfRange(args, 1, args.length), Set.of("seconds", "project"), Set.of());
        int seconds = PkiInitCommand.Numbers.parse(cl.get("seconds"), 60, 1, 86_400, "--seconds");
        Path project = cl.get("project").map(Path::of).orElseGet(FuzzCommand::sourceTree).toAbsolutePath();
        Path mvnw = project.resolve("mvnw");
        if (!Files.isExecutable(mvnw) || !Files.isDirectory(project.resolve(target.module()))) {
            throw new UsageException(project + " is not the konbini-kofu source tree (give --project DIR)");
        }
        List<String> cmd = new ArrayList<>(List.of(mvnw.toString(), "-B", "-o", "-pl", target.module(), "test",
                "-Dtest=" + target.test(), "-Dsurefire.failIfNoSpecifiedTests=false",
                "-Djazzer.max_duration=" + seconds + "s"));
        Path log = project.resolve(target.module()).resolve("target").resolve("fuzz-" + args[0] + ".log");
        Files.createDirectories(log.getParent());
        out.printf("fuzzing %s for %d s: %s (log: %s)%n", args[0], seconds, target.test(), log);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("JAZZER_FUZZ", "1");
        Process p = pb.start();
        Summary summary = new Summary();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                w.println(line);
                summary.accept(line);
            }
        }
        int rc = p.waitFor();
        out.println(summary.lastStatus.orElse("(no libFuzzer status line; see the log)"));
        if (rc != 0 || summary.finding) {
            out.printf("FINDING or failure in %s (maven exit %d): see %s; the input is under the target's Inputs folder%n",
                    args[0], rc, log);
            return 1;
        }
        out.printf("no finding in %d s%n", seconds);
        return 0;
    }

    /** The source tree the launcher's modules were built in: {@code <tree>/tools/target/modules}. */
    private static Path sourceTree() {
        String modulePath = System.getProperty("jdk.module.path", "");
        for (String entry : modulePath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            for (Path d = p; d != null; d = d.getParent()) {
                if (d.getFileName() != null && d.getFileName().toString().equals("modules")
                        && d.getParent() != null && d.getParent().getFileName().toString().equals("target")) {
                    return d.getParent().getParent().getParent();
                }
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** Picks libFuzzer's status lines and a finding out of the build output. */
    private static final class Summary {
        Optional<String> lastStatus = Optional.empty();
        boolean finding;

        void accept(String line) {
            String s = line.strip();
            if (s.startsWith("#") && s.contains(" cov: ")) {
                lastStatus = Optional.of(s);
            }
            // A "slow-unit" file is libFuzzer noting its slowest input (often the first, while classes load and
            // get instrumented): worth a look in the log, not a finding.
            if (s.contains("FuzzTestFinding") || s.contains("== Java Exception")
                    || (s.contains("Test unit written to") && !s.contains("slow-unit-"))) {
                finding = true;
            }
        }
    }
}
