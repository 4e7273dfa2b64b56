package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.card.CardFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end: city, hub and relay as separate processes on loopback, the kiosk
 * command line as a resident would use it, and each refusal the issue names.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IssuanceChainTest {
    @TempDir
    static Path lab;
    static RunningNode city;
    static RunningNode hub;
    static RunningNode relay;
    static String residentName;
    static String residentGivenName;
    static String residentAddress;
    static int relayPort;
    static int hubPort;
    static int cityPort;

    @BeforeAll
    static void startChain() throws Exception {
        Konbini.Result made = Konbini.run(lab, "tools", "lab", "--dir", lab.toString(), "--residents", "300");
        assertThat(made.exitCode()).as(made.output()).isZero();
        readResidentOfFirstCard();
        readPorts();
        city = RunningNode.start("city", "city-052019", lab);
        hub = RunningNode.start("hub", "hub-1", lab);
        relay = RunningNode.start("relay", "relay-1", lab);
        for (RunningNode n : List.of(city, hub, relay)) {
            n.awaitListening();
        }
    }

    @AfterAll
    static void stopChain() {
        for (RunningNode n : new RunningNode[] {relay, hub, city}) {
            if (n != null) {
                n.close();
            }
        }
    }

    /** The city's own answer to "whose card is card-0001", read before the city server opens its database. */
    private static void readResidentOfFirstCard() throws Exception {
        String digest = Digests.hex(Digests.sha256(CardFile.open(card(1)).certificate().getEncoded()));
        String url = "jdbc:h2:file:" + lab.resolve("city-052019/data/city");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement ps = c.prepareStatement("""
                     SELECT r.family_name, r.given_name, h.address FROM card_link l
                     JOIN resident r ON r.id = l.resident_id JOIN household h ON h.id = r.household_id
                     WHERE l.certificate_sha256 = ?""")) {
            ps.setString(1, digest);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("card-0001 is linked to a resident").isTrue();
                residentName = rs.getString(1);
                residentGivenName = rs.getString(2);
                residentAddress = rs.getString(3);
            }
        }
    }

    private static void readPorts() throws IOException {
        relayPort = port("relay-1.conf", "listen");
        hubPort = port("hub-1.conf", "listen");
        cityPort = port("city-052019.conf", "listen");
    }

    private static int port(String file, String key) throws IOException {
        return Files.readAllLines(lab.resolve(file)).stream().filter(l -> l.startsWith(key + " ="))
                .map(l -> Integer.parseInt(l.substring(l.lastIndexOf(':') + 1).strip())).findFirst().orElseThrow();
    }

    static Path card(int n) {
        return lab.resolve("pki/cards/card-%04d.card".formatted(n));
    }

    static String pin(Path card) throws IOException {
        String name = card.getFileName().toString();
        return Files.readAllLines(lab.resolve("pki/cards/pins.tsv")).stream()
                .filter(l -> l.startsWith(name + "\t")).map(l -> l.split("\t")[1]).findFirst()
                .orElseGet(() -> name.equals("expired.card") || name.equals("foreign.card") ? "1234" : "");
    }

    static Konbini.Result kiosk(String config, Path card, String pin, String city, Path out) throws Exception {
        return Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config", lab.resolve(config).toString(),
                "--card", card.toString(), "--pin", pin, "--city", city, "--type", "juminhyo", "--out", out.toString());
    }

    static Konbini.Result kiosk(String config, Path card, String pin, String city, String type, Path out)
            throws Exception {
        return Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config", lab.resolve(config).toString(),
                "--card", card.toString(), "--pin", pin, "--city", city, "--type", type, "--out", out.toString());
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    @Order(1)
    void issues_the_juminhyo_of_the_cards_own_resident() throws Exception {
        Path pdf = lab.resolve("out/card-0001.pdf");
        Konbini.Result r = kiosk("kiosk-0001.conf", card(1), pin(card(1)), "052019", pdf);

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.stdout()).contains("証明書を印刷しました").contains("Certificate printed");
        // the paper is page images: nothing on it can be read back as text ...
        assertThat(pdfText(pdf).strip()).as("the printed 住民票 has no text").isEmpty();
        // ... so the proof of whose 住民票 it is is the city's record of what that very print shows
        String serial = serialOf(r);
        List<String> record = printedRecord(serial);
        assertThat(record).contains("title\t住民票の写し", "serial\t" + serial,
                "item\t住所\t" + residentAddress, "item\t氏名\t" + residentName + " " + residentGivenName);
        city.awaitLog(l -> l.contains("-> PRINTED"), Duration.ofSeconds(30));
    }

    /** The 証明書番号 the kiosk reports for the paper it printed. */
    static String serialOf(Konbini.Result r) {
        Matcher m = Pattern.compile("\\(serial (\\d{6}-\\d{8}-\\d{6})\\)").matcher(r.stdout());
        assertThat(m.find()).as("the kiosk names the serial: " + r.stdout()).isTrue();
        return m.group(1);
    }

    /**
     * The structured record the city kept of the certificate with this serial (V5 issued_record), one fact a
     * line, read from the running city's database (the lab's H2 runs with AUTO_SERVER=TRUE for this).
     */
    static List<String> printedRecord(String serial) throws Exception {
        String url = "jdbc:h2:file:" + lab.resolve("city-052019/data/city") + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement ps = c.prepareStatement("""
                     SELECT r.record, l.certificate_type FROM issuance_ledger l
                     JOIN issued_record r ON r.request_id = l.request_id WHERE l.certificate_serial = ?""")) {
            ps.setString(1, serial);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the city kept the record of " + serial).isTrue();
                assertThat(rs.getString(2)).isEqualTo("juminhyo");
                return rs.getString(1).lines().toList();
            }
        }
    }

    @Test
    @Order(1)
    void a_resident_at_the_copiers_screens_gets_the_juminhyo_and_change() throws Exception {
        Path config = lab.resolve("kiosk-0001-fees.conf");
        Files.writeString(config, Files.readString(lab.resolve("kiosk-0001.conf")) + "\nfee = * juminhyo 200\n");
        Path pdf = lab.resolve("out/interactive/juminhyo.pdf");
        Files.createDirectories(pdf.getParent());
        // Enter at the card screen, the PIN, 住所地, the city, 住民票の写し, no option changes, 1 copy, confirm, 500 yen
        String resident = "\n" + pin(card(1)) + "\n1\n052019\n1\n0\n1\n1\n500\n";
        Process p = Konbini.builder(lab.resolve("kiosk-0001"), "kiosk", "interactive", "--config", config.toString(),
                "--card", card(1).toString(), "--out", pdf.toString()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(resident.getBytes(StandardCharsets.UTF_8));
        }
        String screens = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).as(screens).isZero();
        assertThat(screens).contains("手数料 200円", "おつり 300円", "カードと証明書をお取りください");
        assertThat(pdfText(pdf).strip()).as("page images only").isEmpty();
        assertThat(Files.list(pdf.getParent()).toList()).as("the kiosk leaves nothing but the printed file")
                .containsExactly(pdf);
    }

    @Test
    @Order(1)
    void the_other_four_certificates_are_printed_as_page_images_or_refused_with_a_code() throws Exception {
        int printed = 0;
        for (String type : new String[] {"kisai-jiko", "inkan", "koseki-zenbu", "koseki-kojin", "shotoku-kazei"}) {
            Path pdf = lab.resolve("out/card-0001-" + type + ".pdf");
            Konbini.Result r = kiosk("kiosk-0001.conf", card(1), pin(card(1)), "052019", type, pdf);
            // printed, or refused by the city's rules with a typed code (no seal, no 本籍 here, ...)
            assertThat(r.exitCode()).as(type + ": " + r.output()).isIn(0, 2);
            if (r.exitCode() == 0) {
                printed++;
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    assertThat(doc.getNumberOfPages()).as(type).isPositive();
                    assertThat(new PDFTextStripper().getText(doc).strip()).as(type + " has no text").isEmpty();
                }
            } else {
                assertThat(r.output()).as(type).containsPattern("\\[E0(5[2-9]|34)\\]");
            }
        }
        // the 記載事項証明書 needs nothing but a live resident record
        assertThat(printed).isPositive();
        // the 住民票 with the kiosk's options: the card holder only, with 本籍・筆頭者, as page images
        Path pdf = lab.resolve("out/card-0001-juminhyo-options.pdf");
        Konbini.Result r = Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config",
                lab.resolve("kiosk-0001.conf").toString(), "--card", card(1).toString(), "--pin", pin(card(1)),
                "--city", "052019", "--type", "juminhyo", "--self-only", "--with-honseki", "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).strip()).isEmpty();
        }
    }

    @Test
    @Order(2)
    void a_wrong_pin_says_how_many_tries_are_left() throws Exception {
        Konbini.Result r = kiosk("kiosk-0001.conf", card(2), wrongPin(card(2)), "052019", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stderr()).contains("暗証番号が違います").contains("あと2回").contains("2 tries left");
        assertThat(lab.resolve("out/x.pdf")).doesNotExist();
    }

    @Test
    @Order(3)
    void after_three_wrong_pins_the_right_pin_is_refused_too() throws Exception {
        Path c = card(3);
        for (int left = 2; left >= 0; left--) {
            Konbini.Result r = kiosk("kiosk-0001.conf", c, wrongPin(c), "052019", lab.resolve("out/x.pdf"));
            assertThat(r.exitCode()).isEqualTo(3);
        }
        Konbini.Result fourth = kiosk("kiosk-0001.conf", c, pin(c), "052019", lab.resolve("out/x.pdf"));

        assertThat(fourth.exitCode()).isEqualTo(3);
        assertThat(fourth.stderr()).contains("[E041]").contains("locked");
        assertThat(lab.resolve("out/x.pdf")).doesNotExist();
    }

    @Test
    @Order(4)
    void a_city_that_is_not_served_is_refused_by_the_hub() throws Exception {
        // 052108 (Yurihonjo) has a valid check digit but no route at this hub
        Konbini.Result r = kiosk("kiosk-0001.conf", card(2), pin(card(2)), "052108", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E021]");
    }

    @Test
    @Order(5)
    void a_city_code_with_a_bad_check_digit_is_refused() throws Exception {
        Konbini.Result r = kiosk("kiosk-0001.conf", card(2), pin(card(2)), "052010", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E020]");
    }

    @Test
    @Order(6)
    void a_card_with_no_resident_in_the_city_is_refused() throws Exception {
        Konbini.Result r = kiosk("kiosk-0001.conf", card(5), pin(card(5)), "052019", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E034]");
    }

    @Test
    @Order(7)
    void an_expired_card_certificate_is_refused() throws Exception {
        Path expired = lab.resolve("pki/test/expired.card");
        Konbini.Result r = kiosk("kiosk-0001.conf", expired, pin(expired), "052019", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E032]");
    }

    @Test
    @Order(8)
    void a_card_certificate_from_a_foreign_ca_is_refused() throws Exception {
        Path foreign = lab.resolve("pki/test/foreign.card");
        Konbini.Result r = kiosk("kiosk-0001.conf", foreign, pin(foreign), "052019", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.stderr()).contains("[E031]");
    }

    @Test
    @Order(9)
    void a_kiosk_certificate_presented_to_the_hub_directly_is_refused() throws Exception {
        writeConfig("kiosk-to-hub.conf", "kiosk-0001", "pki/ca/jlis-network/ca.crt.pem", hubPort,
                "role=hub issuer=pki/ca/jlis-network/ca.crt.pem cn=hub-1", "");
        Konbini.Result r = kiosk("kiosk-to-hub.conf", card(2), pin(card(2)), "052019", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(4);
        hub.awaitLog(l -> l.contains("WARN") && l.contains("hub-1"), Duration.ofSeconds(30));
    }

    @Test
    @Order(10)
    void a_relay_certificate_presented_to_the_city_is_refused() throws Exception {
        writeConfig("relay-to-city.conf", "relay-1", "pki/ca/jlis-network/ca.crt.pem", cityPort,
                "role=city issuer=pki/ca/jlis-network/ca.crt.pem cn=city-052019", "");
        Konbini.Result r = kiosk("relay-to-city.conf", card(2), pin(card(2)), "052019", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(4);
        String refusal = city.awaitLog(l -> l.contains("WARN") && l.contains("relay"), Duration.ofSeconds(30));
        assertThat(refusal).contains("city-052019");
    }

    @Test
    @Order(11)
    void a_kiosk_outside_the_allowed_addresses_is_refused_before_tls() throws Exception {
        writeConfig("kiosk-from-127-0-0-2.conf", "kiosk-0001", "pki/ca/jlis-network/ca.crt.pem", relayPort,
                "role=relay issuer=pki/ca/jlis-network/ca.crt.pem cn=relay-1", "local.bind = 127.0.0.2\n");
        Konbini.Result r = kiosk("kiosk-from-127-0-0-2.conf", card(2), pin(card(2)), "052019", lab.resolve("out/x.pdf"));

        assertThat(r.exitCode()).as(r.output()).isEqualTo(4);
        relay.awaitLog(l -> l.contains("127.0.0.2") && l.contains("allow-list"), Duration.ofSeconds(30));
    }

    @Test
    @Order(12)
    void malformed_frames_close_that_connection_and_the_relay_keeps_serving() throws Exception {
        byte[] badMagic = header(0x58585858, 0x01, 0);
        byte[] oversize = header(0x4A4C4953, 0x01, 0x7FFF_FFF0);
        byte[] truncatedBody = ByteBuffer.allocate(16 + 4).put(header(0x4A4C4953, 0x01, 100)).putInt(7).array();
        for (byte[] attack : List.of(badMagic, oversize)) {
            try (RawTlsPeer peer = kioskPeer()) {
                peer.write(attack);
                assertThat(peer.closedByPeer()).as("relay closes after %s", attack.length).isTrue();
            }
        }
        try (RawTlsPeer peer = kioskPeer()) {
            peer.write(truncatedBody); // then the peer hangs up mid-frame
        }

        Path pdf = lab.resolve("out/after-attacks.pdf");
        Konbini.Result r = kiosk("kiosk-0001.conf", card(1), pin(card(1)), "052019", pdf);
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(pdfText(pdf).strip()).isEmpty();
        assertThat(printedRecord(serialOf(r))).contains("item\t氏名\t" + residentName + " " + residentGivenName);
    }

    @Test
    @Order(100)
    void hub_and_relay_wrote_nothing_but_their_logs() throws IOException {
        for (String node : List.of("hub-1", "relay-1")) {
            try (Stream<Path> files = Files.walk(lab.resolve(node))) {
                List<String> written = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
                assertThat(written).as(node).containsExactly(node + ".log");
            }
        }
    }

    private static RawTlsPeer kioskPeer() throws Exception {
        return new RawTlsPeer(new InetSocketAddress("127.0.0.1", relayPort), lab.resolve("pki/nodes/kiosk-0001/node.key.pem"),
                lab.resolve("pki/nodes/kiosk-0001/node.crt.pem"), lab.resolve("pki/ca/jlis-network/ca.crt.pem"));
    }

    /** A 16-byte frame header: magic, version 1, type, flags 0, stream 1, body length. */
    private static byte[] header(int magic, int type, int length) {
        return ByteBuffer.allocate(16).putInt(magic).put((byte) 1).put((byte) type).putShort((short) 0).putInt(1)
                .putInt(length).array();
    }

    private static String wrongPin(Path card) throws IOException {
        return pin(card).equals("0000") ? "1111" : "0000";
    }

    private static void writeConfig(String name, String nodeId, String trust, int port, String peer, String extra)
            throws IOException {
        Files.writeString(lab.resolve(name), """
                node.id = %1$s
                tls.key = pki/nodes/%1$s/node.key.pem
                tls.certificate = pki/nodes/%1$s/node.crt.pem
                tls.trust = %2$s
                relay = 127.0.0.1:%3$d
                relay.peer = %4$s
                %5$s""".formatted(nodeId, trust, port, peer, extra), StandardCharsets.UTF_8);
    }
}
