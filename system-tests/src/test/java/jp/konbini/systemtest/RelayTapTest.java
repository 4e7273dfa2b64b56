package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.relay.RelayServer;
import jp.konbini.relay.RelayTap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay never holds a certificate in the clear (issue 4, item 4): city and hub run as processes, the relay
 * runs in this JVM with a {@link RelayTap} that records every byte it forwards after TLS decryption, and the
 * kiosk command line issues a real 住民票. Then no 32-byte piece of the printed PDF (one taken every 16 bytes),
 * and no {@code %PDF} marker, may appear anywhere in what the relay forwarded. As a check that the search finds
 * what is there, every piece of the card's certificate, which the signed request carries in the clear, must be found.
 *
 * <p>Before the hub sealed the print data to the kiosk's key, this test failed: run with the nodes of that build
 * (and this relay), 62388 of 62394 pieces of the printed PDF were in the forwarded bytes (the other 6 span chunk
 * boundaries).
 */
class RelayTapTest {
    private static final int WINDOW = 32;
    private static final int STEP = 16;

    @TempDir
    static Path lab;
    static RunningNode city;
    static RunningNode hub;
    static RelayServer relay;
    static final ByteArrayOutputStream forwarded = new ByteArrayOutputStream();

    @BeforeAll
    static void startChain() throws Exception {
        Konbini.Result made = Konbini.run(lab, "tools", "lab", "--dir", lab.toString(), "--residents", "50");
        assertThat(made.exitCode()).as(made.output()).isZero();
        city = RunningNode.start("city", "city-052019", lab);
        hub = RunningNode.start("hub", "hub-1", lab);
        for (RunningNode n : List.of(city, hub)) {
            n.awaitListening();
        }
        relay = RelayServer.startTapped(lab.resolve("relay-1.conf"), RelayTapTest::record);
    }

    @AfterAll
    static void stopChain() {
        if (relay != null) {
            relay.close();
        }
        for (RunningNode n : new RunningNode[] {hub, city}) {
            if (n != null) {
                n.close();
            }
        }
    }

    /** The whole frame as it went on the wire: header, then body. */
    private static void record(RelayTap.Direction direction, Frame f) {
        ByteBuffer header = ByteBuffer.allocate(Frame.HEADER_LENGTH).putInt(Frame.MAGIC).put((byte) f.version())
                .put((byte) f.type()).putShort((short) f.flags()).putInt(f.streamId()).putInt(f.body().length);
        synchronized (forwarded) {
            forwarded.writeBytes(header.array());
            forwarded.writeBytes(f.body());
        }
    }

    @Test
    void no_piece_of_the_printed_certificate_passes_the_relay_in_the_clear() throws Exception {
        Path pdf = lab.resolve("out/card-0001.pdf");
        Path card = lab.resolve("pki/cards/card-0001.card");
        String pin = Files.readAllLines(lab.resolve("pki/cards/pins.tsv")).stream()
                .filter(l -> l.startsWith("card-0001.card\t")).map(l -> l.split("\t")[1]).findFirst().orElseThrow();
        Konbini.Result r = Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config",
                lab.resolve("kiosk-0001.conf").toString(), "--card", card.toString(), "--pin", pin, "--city", "052019",
                "--type", "juminhyo", "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();

        byte[] printed = Files.readAllBytes(pdf);
        byte[] seen;
        synchronized (forwarded) {
            seen = forwarded.toByteArray();
        }
        assertThat(printed.length).isGreaterThan(1024);
        assertThat(seen.length).as("the tap saw the whole exchange").isGreaterThan(printed.length);

        Set<ByteBuffer> seenWindows = new HashSet<>();
        for (int i = 0; i + WINDOW <= seen.length; i++) {
            seenWindows.add(ByteBuffer.wrap(seen, i, WINDOW).slice());
        }
        // the search can find what does pass in the clear: the card's certificate, inside the signed request
        byte[] cardCertificate = CardFile.open(card).certificate().getEncoded();
        assertThat(found(cardCertificate, seenWindows)).as("pieces of the card certificate the relay forwarded")
                .isEqualTo(windows(cardCertificate));

        int windows = windows(printed);
        int found = found(printed, seenWindows);
        assertThat(found).as("%d of %d 32-byte pieces of the printed PDF (%d bytes) were in the %d bytes the relay"
                + " forwarded", found, windows, printed.length, seen.length).isZero();
        assertThat(indexOf(seen, "%PDF".getBytes(StandardCharsets.US_ASCII))).as("a %PDF marker passed the relay")
                .isEqualTo(-1);
    }

    private static int windows(byte[] content) {
        return (content.length - WINDOW) / STEP + 1;
    }

    /** How many of the 32-byte pieces of {@code content}, one every 16 bytes, are among {@code seenWindows}. */
    private static int found(byte[] content, Set<ByteBuffer> seenWindows) {
        int found = 0;
        for (int i = 0; i + WINDOW <= content.length; i += STEP) {
            if (seenWindows.contains(ByteBuffer.wrap(content, i, WINDOW).slice())) {
                found++;
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
