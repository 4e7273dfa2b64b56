package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.konbini.crypto.card.CardFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk reads the card through a real PC/SC stack: {@code javax.smartcardio} → pcscd → vsmartcard's
 * virtual reader (vpcd) → {@code konbini tools card serve}, the emulated card answering the JPKI
 * applet's APDUs. Needs Debian's {@code pcscd} and {@code vsmartcard-vpcd}; starts pcscd itself (in the
 * foreground, APDU trace on) unless one is already running, and stops what it started.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmartcardReaderChainTest {
    private static final Path PCSCD = Path.of("/usr/sbin/pcscd");
    private static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private static final Path PCSCD_PID = Path.of("/run/pcscd/pcscd.pid");
    private static final Path STDBUF = Path.of("/usr/bin/stdbuf");
    /** vpcd's first virtual reader, the one on port 35963. */
    private static final String READER = "Virtual PCD 00 00";

    /** pcscd and vpcd's port are one per machine: two runs of this test on one machine take turns. */
    private static final Path MACHINE_LOCK = Path.of(System.getProperty("java.io.tmpdir"), "konbini-pcsc-test.lock");

    @TempDir
    static Path lab;
    static FileChannel lockChannel;
    static FileLock machineLock;
    static RunningNode pcscd;
    static RunningNode cardServer;
    static RunningNode city;
    static RunningNode hub;
    static RunningNode relay;

    @BeforeAll
    static void startChainAndReader() throws Exception {
        assumeTrue(Files.isExecutable(PCSCD) && Files.exists(VPCD_DRIVER),
                "pcscd and vsmartcard-vpcd are not installed (apt-get install -y pcscd vsmartcard-vpcd libpcsclite1): "
                        + "the PC/SC reader test is skipped");
        lockChannel = FileChannel.open(MACHINE_LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        machineLock = lockChannel.lock();
        Konbini.Result made = Konbini.run(lab, "tools", "lab", "--dir", lab.toString(), "--residents", "50");
        assertThat(made.exitCode()).as(made.output()).isZero();
        if (!pcscdRunning()) {
            // line-buffered, so that the APDU trace arrives as the APDUs pass
            List<String> command = Files.isExecutable(STDBUF)
                    ? List.of(STDBUF.toString(), "-oL", PCSCD.toString(), "--foreground", "--apdu")
                    : List.of(PCSCD.toString(), "--foreground", "--apdu");
            pcscd = RunningNode.process("pcscd", new ProcessBuilder(command), lab.resolve("pcscd/pcscd.log"));
        }
        cardServer = RunningNode.process("card-serve", Konbini.builder(lab.resolve("card-serve"), "tools", "card", "serve",
                "--card", card(1).toString()), lab.resolve("card-serve/card-serve.log"));
        city = RunningNode.start("city", "city-052019", lab);
        hub = RunningNode.start("hub", "hub-1", lab);
        relay = RunningNode.start("relay", "relay-1", lab);
        for (RunningNode n : List.of(city, hub, relay)) {
            n.awaitListening();
        }
        cardServer.awaitLog(l -> l.contains("inserted into vpcd"), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopAll() throws IOException {
        for (RunningNode n : new RunningNode[] {relay, hub, city, cardServer, pcscd}) {
            if (n != null) {
                n.close();
            }
        }
        if (lockChannel != null) {
            lockChannel.close(); // releases the machine lock
        }
    }

    private static boolean pcscdRunning() throws IOException {
        if (!Files.exists(PCSCD_PID)) {
            return false;
        }
        String pid = Files.readString(PCSCD_PID).strip();
        return pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    static Path card(int n) {
        return lab.resolve("pki/cards/card-%04d.card".formatted(n));
    }

    static String pin(Path card) throws IOException {
        String name = card.getFileName().toString();
        return Files.readAllLines(lab.resolve("pki/cards/pins.tsv")).stream()
                .filter(l -> l.startsWith(name + "\t")).map(l -> l.split("\t")[1]).findFirst().orElseThrow();
    }

    private static long kioskConnections() {
        return relay.logText().lines().filter(l -> l.contains("admitted kiosk")).count();
    }

    static Konbini.Result kioskWithReader(String reader, String pin, Path out) throws Exception {
        return Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config", lab.resolve("kiosk-0001.conf").toString(),
                "--reader", reader, "--pin", pin, "--city", "052019", "--type", "juminhyo", "--out", out.toString());
    }

    @Test
    @Order(1)
    void aCertificateIsIssuedWithTheCardReadThroughPcscd() throws Exception {
        Path pdf = lab.resolve("out/reader-juminhyo.pdf");

        Konbini.Result r = kioskWithReader(READER, pin(card(1)), pdf);

        assertThat(r.exitCode()).as("%s%npcscd: %s%ncard serve: %s", r.output(),
                pcscd == null ? "(already running)" : pcscd.logText(), cardServer.logText()).isZero();
        assertThat(r.stdout()).contains("証明書を印刷しました");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        if (pcscd != null) {
            pcscd.awaitLog(l -> l.contains("APDU: 80 2A 00 80 33 30 31 30 0D 06 09 60 86 48 01 65 03 04 02 01 05 00 04 20"),
                    Duration.ofSeconds(10));
            assertThat(pcscd.logText())
                    .contains("APDU: 00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01")
                    .contains("APDU: 00 A4 02 0C 02 00 0A")
                    .contains("APDU: 00 B0 00 00 04")
                    .contains("APDU: 00 A4 02 0C 02 00 18")
                    .contains("APDU: 00 A4 02 0C 02 00 17");
        }
    }

    @Test
    @Order(2)
    void threeWrongPinsThroughTheReaderLockTheCardAndTheFourthTryIsRefusedOnTheCard() throws Exception {
        String right = pin(card(1));
        String wrong = right.equals("0000") ? "1111" : "0000";
        Path pdf = lab.resolve("out/not-printed.pdf");
        long kioskConnectionsBefore = kioskConnections();

        Konbini.Result first = kioskWithReader(READER, wrong, pdf);
        Konbini.Result second = kioskWithReader(READER, wrong, pdf);
        Konbini.Result third = kioskWithReader(READER, wrong, pdf);
        Konbini.Result fourth = kioskWithReader(READER, right, pdf);

        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.stderr()).contains("[E040]").contains("2 tries left");
        assertThat(second.stderr()).contains("[E040]").contains("1 try left");
        assertThat(third.exitCode()).isEqualTo(3);
        assertThat(third.stderr()).contains("[E041]").contains("now locked");
        assertThat(fourth.exitCode()).isEqualTo(3);
        assertThat(fourth.stderr()).contains("[E041]");
        assertThat(pdf).doesNotExist();
        assertThat(CardFile.open(card(1)).triesLeft()).isZero();
        // the PIN is the card's business: no wrong or blocked try ever reached the relay
        assertThat(kioskConnections()).isEqualTo(kioskConnectionsBefore);
        if (pcscd != null) {
            pcscd.awaitLog(l -> l.contains("SW: 69 84"), Duration.ofSeconds(10));
            assertThat(pcscd.logText()).contains("SW: 63 C2").contains("SW: 63 C1").contains("SW: 63 C0");
        }
    }

    @Test
    @Order(3)
    void aReaderThatIsNotThereIsNamedAsMissing() throws Exception {
        Konbini.Result r = kioskWithReader("No Such Reader", "1234", lab.resolve("out/none.pdf"));

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stderr()).contains("no card reader named 'No Such Reader'").contains(READER);
    }
}
