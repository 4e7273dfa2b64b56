package jp.konbini.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.paper.BackDecoder;
import jp.konbini.render.paper.BackReading;
import jp.konbini.render.paper.Gray;
import jp.konbini.render.paper.PrintData;
import jp.konbini.render.paper.PrintDataCheck;
import jp.konbini.render.paper.SealVerifier;
import jp.konbini.render.paper.TrustedSealKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the resident holds in the hand, through the real chain: every page of a multi-page certificate is a
 * sheet, in order, the last one certifying, each back bound to its own front; copies are whole. Households of
 * 1, 3, 6 and 12 persons and the largest 戸籍 the synthetic data makes, each linked to a card before the city starts.
 */
class EveryPagePrintedTest {
    @TempDir
    static Path lab;
    static RunningNode city;
    static RunningNode hub;
    static RunningNode relay;
    /** Which card asks for what: "juminhyo-12" is a 住民票 of a household of 12, "koseki" the largest 戸籍. */
    static final Map<String, Integer> CARDS = new LinkedHashMap<>();
    static final Map<String, Integer> PERSONS = new LinkedHashMap<>();
    /** Households already given to a card: each case has its own. */
    static final List<Long> CHOSEN = new java.util.ArrayList<>();
    static PrintDataCheck check;
    static BackDecoder decoder;

    @BeforeAll
    static void startChain() throws Exception {
        Konbini.Result made = Konbini.run(lab, "tools", "lab", "--dir", lab.toString(), "--residents", "300");
        assertThat(made.exitCode()).as(made.output()).isZero();
        String url = "jdbc:h2:file:" + lab.resolve("city-052019/data/city");
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            int card = 2;
            for (int persons : new int[] {1, 3, 6, 12}) {
                long head = householdOf(db, persons);
                link(db, card, head);
                CARDS.put("juminhyo-" + persons, card++);
                PERSONS.put("juminhyo-" + persons, persons);
            }
            long[] member = memberOfLargestRegister(db);
            link(db, card, member[0]);
            registerHonseki(db, card, member[1], member[2]);
            CARDS.put("koseki", card);
        }
        Path paper = lab.resolve("pki/paper");
        byte[] master = HexFormat.of().parseHex(Files.readString(paper.resolve("scramble.key")).strip());
        String pem = Files.readString(paper.resolve("seal.pub.pem"), StandardCharsets.US_ASCII);
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----") + 26,
                pem.indexOf("-----END PUBLIC KEY-----")));
        SealVerifier verifier = new SealVerifier(List.of(new TrustedSealKey("lab",
                KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der)), true)));
        check = new PrintDataCheck(master, verifier);
        decoder = new BackDecoder(master, verifier);
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

    @Test
    void aJuminhyoOfOnePersonIsEveryPageOnPaper() throws Exception {
        printedWhole("juminhyo-1", "juminhyo", 1);
    }

    @Test
    void aJuminhyoOfThreePersonsIsEveryPageOnPaper() throws Exception {
        printedWhole("juminhyo-3", "juminhyo", 1);
    }

    @Test
    void aJuminhyoOfSixPersonsIsEveryPageOnPaper() throws Exception {
        printedWhole("juminhyo-6", "juminhyo", 1);
    }

    @Test
    void aJuminhyoOfTwelvePersonsIsEveryPageOnPaperAndItsLastBackDecodesFromAScan() throws Exception {
        Path pdf = printedWhole("juminhyo-12", "juminhyo", 1);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int lastBack = doc.getNumberOfPages() - 1;
            Gray scan = Gray.of(new PDFRenderer(doc).renderImageWithDPI(lastBack, 300, ImageType.GRAY));
            assertThat(decoder.read(scan, Optional.empty())).isInstanceOfSatisfying(BackReading.Decoded.class, d -> {
                assertThat(d.payload().page()).isEqualTo(d.payload().pages()).isGreaterThan(1);
                assertThat(d.hashDistance()).isLessThan(0.05);
            });
        }
    }

    @Test
    void theLargestKosekiIsEveryPageOnPaper() throws Exception {
        printedWhole("koseki", "koseki-zenbu", 1);
    }

    @Test
    void threeCopiesAreTheWholeCertificateThreeTimes() throws Exception {
        Path pdf = printedWhole("juminhyo-6", "juminhyo", 3);
        assertThat(check.check(Files.readAllBytes(pdf)).copies()).isEqualTo(3);
    }

    /**
     * Issues through the kiosk command line and checks the paper: as many sheets as the city's record says pages
     * (times the copies), every back genuine, in page order and bound to its own front, only the last front of
     * each copy carrying the seal, and the record naming the household's persons.
     */
    private static Path printedWhole(String what, String type, int copies) throws Exception {
        int card = CARDS.get(what);
        Path cardFile = lab.resolve("pki/cards/card-%04d.card".formatted(card));
        Path pdf = lab.resolve("out/" + what + "-" + copies + ".pdf");
        Konbini.Result r = Konbini.run(lab.resolve("kiosk-0001"), "kiosk", "issue", "--config",
                lab.resolve("kiosk-0001.conf").toString(), "--card", cardFile.toString(), "--pin", pin(cardFile),
                "--city", "052019", "--type", type, "--copies", Integer.toString(copies), "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        String serial = IssuanceChainTest.serialOf(r);
        List<String> record = record(serial);
        int pages = record.stream().filter(l -> l.startsWith("pages\t")).map(l -> Integer.parseInt(l.substring(6)))
                .findFirst().orElseThrow(() -> new AssertionError("the record of " + serial + " has no page count"));
        if (PERSONS.containsKey(what)) {
            assertThat(record.stream().filter(l -> l.startsWith("item\t氏名\t"))).as(what).hasSize(PERSONS.get(what));
        }
        byte[] print = Files.readAllBytes(pdf);
        PrintDataCheck.Report report = check.check(print);
        assertThat(report.firstRefusal()).as(what).isEmpty();
        assertThat(report.whole()).isTrue();
        assertThat(report.serial()).contains(serial);
        assertThat(report.pages()).as("pages the codes name").isEqualTo(pages);
        assertThat(report.copies()).isEqualTo(copies);
        List<PrintData.PrintedSheet> sheets = PrintData.read(print);
        assertThat(sheets).hasSize(pages * copies);
        for (int i = 0; i < sheets.size(); i++) {
            boolean last = i % pages == pages - 1;
            assertThat(CertificateRenderer.showsSeal(sheets.get(i).front())).as("%s sheet %d of %d carries the seal",
                    what, i + 1, sheets.size()).isEqualTo(last);
        }
        return pdf;
    }

    private static List<String> record(String serial) throws Exception {
        String url = "jdbc:h2:file:" + lab.resolve("city-052019/data/city") + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement ps = c.prepareStatement("SELECT r.record FROM issuance_ledger l "
                     + "JOIN issued_record r ON r.request_id = l.request_id WHERE l.certificate_serial = ?")) {
            ps.setString(1, serial);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the city kept the record of " + serial).isTrue();
                return rs.getString(1).lines().toList();
            }
        }
    }

    /** The head of a household of exactly {@code persons} living persons, growing the largest one if none is that big. */
    private static long householdOf(Connection db, int persons) throws Exception {
        String others = CHOSEN.isEmpty() ? "" : " WHERE h.id NOT IN (" + String.join(",", CHOSEN.stream()
                .map(String::valueOf).toList()) + ")";
        try (PreparedStatement ps = db.prepareStatement("SELECT h.id, h.head_resident_id, COUNT(*) FROM household h "
                + "JOIN resident r ON r.household_id = h.id AND r.status = 'ACTIVE'" + others
                + " GROUP BY h.id, h.head_resident_id HAVING COUNT(*) <= ? ORDER BY COUNT(*) DESC, h.id LIMIT 1")) {
            ps.setInt(1, persons);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a household").isTrue();
                long head = rs.getLong(2);
                CHOSEN.add(rs.getLong(1));
                for (int more = persons - rs.getInt(3); more > 0; more--) {
                    addChild(db, head, more);
                }
                return head;
            }
        }
    }

    /** A synthetic child of the head's household, so that a household reaches the size a test needs. */
    private static void addChild(Connection db, long head, int n) throws Exception {
        long id;
        try (PreparedStatement ps = db.prepareStatement("SELECT MAX(id) + 1 FROM resident");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO resident (id, household_id, family_name, given_name, "
                + "family_name_kana, given_name_kana, date_of_birth, sex, relationship_to_head, became_resident_on, "
                + "address_set_on, address_notified_on, previous_address, status) SELECT ?, household_id, family_name, ?, "
                + "family_name_kana, ?, date_of_birth, sex, '子', became_resident_on, address_set_on, address_notified_on, "
                + "previous_address, status FROM resident WHERE id = ?")) {
            ps.setLong(1, id);
            ps.setString(2, "試験" + n);
            ps.setString(3, "シケン");
            ps.setLong(4, head);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    /** A living resident who is a member of the 戸籍 with the most members: resident id, register id, seq. */
    private static long[] memberOfLargestRegister(Connection db) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("SELECT m.resident_id, m.register_id, m.seq FROM family_register_member m "
                + "JOIN resident r ON r.id = m.resident_id AND r.status = 'ACTIVE' WHERE m.left_on IS NULL AND m.register_id = "
                + "(SELECT register_id FROM family_register_member GROUP BY register_id ORDER BY COUNT(*) DESC, register_id "
                + "LIMIT 1) ORDER BY m.seq LIMIT 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a living member of the largest 戸籍").isTrue();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    /** 本籍地利用登録 for the card, made a month ago so that it is in effect. */
    private static void registerHonseki(Connection db, int card, long register, long seq) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("MERGE INTO honseki_registration (certificate_sha256, register_id, "
                + "seq, applied_on) KEY (certificate_sha256) VALUES (?, ?, ?, DATEADD('DAY', -30, CURRENT_DATE))")) {
            ps.setString(1, digest(card));
            ps.setLong(2, register);
            ps.setLong(3, seq);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static String digest(int card) throws Exception {
        return Digests.hex(Digests.sha256(CardFile.open(lab.resolve("pki/cards/card-%04d.card".formatted(card)))
                .certificate().getEncoded()));
    }

    private static void link(Connection db, int card, long resident) throws Exception {
        String digest = digest(card);
        // the lab's cards are shared out between its cities: a card of the other city is linked here too
        try (PreparedStatement ps = db.prepareStatement("MERGE INTO card_link (certificate_sha256, resident_id, linked_on) "
                + "KEY (certificate_sha256) VALUES (?, ?, CURRENT_DATE)")) {
            ps.setString(1, digest);
            ps.setLong(2, resident);
            assertThat(ps.executeUpdate()).as("card-%04d is linked", card).isEqualTo(1);
        }
    }

    private static String pin(Path card) throws Exception {
        String name = card.getFileName().toString();
        return Files.readAllLines(lab.resolve("pki/cards/pins.tsv")).stream()
                .filter(l -> l.startsWith(name + "\t")).map(l -> l.split("\t")[1]).findFirst().orElseThrow();
    }
}
