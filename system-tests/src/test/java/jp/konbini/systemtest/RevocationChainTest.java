package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation at the hub, with real processes: the JPKI CA's OCSP responder ({@code tools jpki ocsp}),
 * a revocation by the operator ({@code tools jpki revoke}), and the hub refusing the revoked card with
 * CARD_REVOKED and any card whose status it cannot establish with REVOCATION_STATUS_UNKNOWN.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RevocationChainTest {
    @TempDir
    static Path lab;
    static RunningNode ocsp;
    static RunningNode city;
    static RunningNode hub;
    static RunningNode relay;

    @BeforeAll
    static void startChainWithRevocation() throws Exception {
        Konbini.Result made = Konbini.run(lab, "tools", "lab", "--dir", lab.toString(), "--residents", "50", "--revocation");
        assertThat(made.exitCode()).as(made.output()).isZero();
        String listen = Files.readAllLines(lab.resolve("hub-1.conf")).stream().filter(l -> l.startsWith("jpki.ocsp ="))
                .map(l -> l.replaceAll(".*http://([^/]+)/.*", "$1")).findFirst().orElseThrow();
        ocsp = RunningNode.process("jpki-ocsp", Konbini.builder(lab.resolve("jpki-ocsp"), "tools", "jpki", "ocsp",
                "--pki", lab.resolve("pki").toString(), "--listen", listen), lab.resolve("jpki-ocsp/jpki-ocsp.log"));
        ocsp.awaitListening();
        city = RunningNode.start("city", "city-052019", lab);
        hub = RunningNode.start("hub", "hub-1", lab);
        relay = RunningNode.start("relay", "relay-1", lab);
        for (RunningNode n : List.of(city, hub, relay)) {
            n.awaitListening();
        }
    }

    @AfterAll
    static void stopChain() {
        for (RunningNode n : new RunningNode[] {relay, hub, city, ocsp}) {
            if (n != null) {
                n.close();
            }
        }
    }

    static Path card(int n) {
        return lab.resolve("pki/cards/card-%04d.card".formatted(n));
    }

    static String pin(Path card) throws IOException {
        String name = card.getFileName().toString();
        return Files.readAllLines(lab.resolve("pki/cards/pins.tsv")).stream()
                .filter(l -> l.startsWith(name + "\t")).map(l -> l.split("\t")[1]).findFirst().orElseThrow();
    }

    static Konbini.Result kiosk(Path card, Path out) throws Exception {
        return Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config", lab.resolve("kiosk-0001.conf").toString(),
                "--card", card.toString(), "--pin", pin(card), "--city", "052019", "--type", "juminhyo", "--out", out.toString());
    }

    @Test
    @Order(1)
    void aCardTheJpkiCaHasNotRevokedIsIssuedAfterAnOcspCheck() throws Exception {
        Konbini.Result r = kiosk(card(2), lab.resolve("out/card-0002.pdf"));

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(lab.resolve("out/card-0002.pdf")).exists();
    }

    @Test
    @Order(2)
    void afterTheOperatorRevokesACardTheNextIssueWithItIsRefusedAsRevoked() throws Exception {
        Konbini.Result revoked = Konbini.run(lab, "tools", "jpki", "revoke", "--pki", lab.resolve("pki").toString(),
                "--card", card(1).toString());
        assertThat(revoked.exitCode()).as(revoked.output()).isZero();
        assertThat(lab.resolve("pki/ca/jpki/jpki.crl")).exists();

        Konbini.Result r = kiosk(card(1), lab.resolve("out/card-0001.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E035]");
        assertThat(lab.resolve("out/card-0001.pdf")).doesNotExist();
        hub.awaitLog(l -> l.contains("refused request") && l.contains("CARD_REVOKED"), Duration.ofSeconds(10));
    }

    @Test
    @Order(3)
    void whenNeitherOcspNorTheCrlAnswersTheHubRefusesWithAClearCode() throws Exception {
        ocsp.close();

        Konbini.Result r = kiosk(card(3), lab.resolve("out/card-0003.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E036]");
        assertThat(lab.resolve("out/card-0003.pdf")).doesNotExist();
        assertThat(hub.awaitLog(l -> l.contains("revocation status unknown"), Duration.ofSeconds(10)))
                .contains("OCSP unreachable").contains("CRL unreachable");
    }
}
