package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.card.JpkiApplet;
import jp.konbini.crypto.pki.CertificateAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The card's side of vsmartcard's vpcd protocol, with this test playing vpcd: length-prefixed messages,
 * 1-byte control codes, APDUs answered by the emulated JPKI applet.
 */
class VpcdLinkTest {
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path dir;

    @Test
    void answersTheAtrRequestAndApdusAndResetsOnPowerOff() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        CertificateAuthority jpki = CertificateAuthority.createRoot("JPKI Test CA", "JPKI", Duration.ofDays(1));
        X509Certificate certificate = jpki.issueCard(keys.getPublic(), "VPCD-TEST", Instant.now(), Instant.now().plusSeconds(3600));
        CardFile.create(dir.resolve("t.card"), keys, certificate, "1234");
        VpcdLink link = new VpcdLink(new JpkiApplet(CardFile.open(dir.resolve("t.card"))));

        try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> served = CompletableFuture.supplyAsync(() -> {
                try (Socket card = new Socket(InetAddress.getLoopbackAddress(), vpcd.getLocalPort())) {
                    return link.serve(card);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (Socket s = vpcd.accept()) {
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                DataInputStream in = new DataInputStream(s.getInputStream());

                send(out, "01");
                send(out, "04");
                assertThat(receive(in)).isEqualTo("3be000ff8131fe4514");
                send(out, "00a4040c0ad392f000260100000001");
                assertThat(receive(in)).isEqualTo("9000");
                send(out, "00a4020c020017");
                assertThat(receive(in)).isEqualTo("9000");
                send(out, "00");
                send(out, "01");
                // after the power cycle nothing is selected: the key EF cannot be reached without the AP
                send(out, "00a4020c020017");
                assertThat(receive(in)).isEqualTo("6a82");
            }
            assertThat(served.get(30, TimeUnit.SECONDS)).isEqualTo(3L);
        }
    }

    private static void send(DataOutputStream out, String hex) throws Exception {
        byte[] b = HEX.parseHex(hex);
        out.writeShort(b.length);
        out.write(b);
        out.flush();
    }

    private static String receive(DataInputStream in) throws Exception {
        int n = in.readUnsignedShort();
        return HEX.formatHex(in.readNBytes(n));
    }
}
