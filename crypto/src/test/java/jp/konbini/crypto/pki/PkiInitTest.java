package jp.konbini.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.crypto.Role;
import jp.konbini.crypto.TestPki;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.card.PinResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiInitTest {

    private final PkiLayout pki = TestPki.layout();

    @Test
    void citiesHubsAndRelaysAreIssuedByTheJlisNetworkCaAndKiosksByTheStoreOperator() throws Exception {
        X509Certificate jlis = TestPki.ca(PkiLayout.JLIS_NETWORK);
        X509Certificate store = TestPki.ca(PkiLayout.STORE_OPERATOR);
        for (String id : List.of("city-052019", "city-052035", "hub-1", "relay-1")) {
            TestPki.node(id).certificate().verify(jlis.getPublicKey());
        }
        NodeIdentity kiosk = TestPki.node("kiosk-0001");
        kiosk.certificate().verify(store.getPublicKey());
        assertThat(kiosk.role()).contains(Role.KIOSK);
        assertThat(TestPki.node("city-052035").role()).contains(Role.CITY);
    }

    @Test
    void nodeCertificatesNameLoopbackAndTheNodeId() throws Exception {
        assertThat(TestPki.node("relay-1").certificate().getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(7, "127.0.0.1"), List.of(2, "localhost"), List.of(2, "relay-1"));
    }

    @Test
    void secretsAndDirectoriesAreOwnerOnly() throws Exception {
        assertThat(permissions(pki.root())).isEqualTo("rwx------");
        assertThat(permissions(pki.nodeDirectory("hub-1"))).isEqualTo("rwx------");
        assertThat(permissions(pki.cardsDirectory())).isEqualTo("rwx------");
        assertThat(permissions(pki.testDir())).isEqualTo("rwx------");
        assertThat(permissions(pki.nodeKey("hub-1"))).isEqualTo("rw-------");
        assertThat(permissions(pki.caDirectory(PkiLayout.JPKI).resolve("ca.key.pem"))).isEqualTo("rw-------");
        assertThat(permissions(pki.cardFile(1))).isEqualTo("rw-------");
        assertThat(permissions(pki.pinsFile())).isEqualTo("rw-------");
        assertThat(permissions(pki.rogueKioskKey())).isEqualTo("rw-------");
    }

    @Test
    void everyCardHasAPinInPinsTsvAndTheTestCardsHave1234() throws Exception {
        assertThat(Files.readString(pki.pinsFile())).startsWith("# TEST/DEMO DATA ONLY").contains("card-0001.card\t");
        Map<Path, String> pins = pki.pins();
        assertThat(pins).hasSize(7);
        for (int n = 1; n <= 5; n++) {
            assertThat(pins.get(pki.cardFile(n))).matches("[0-9]{4}").isNotEqualTo("0000");
        }
        assertThat(pins.get(pki.expiredCard())).isEqualTo("1234");
        assertThat(pins.get(pki.foreignCard())).isEqualTo("1234");
    }

    @Test
    void aCardOpensWithItsListedPin(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(pki.cardFile(2), dir.resolve("card.card"));
        assertThat(CardFile.open(copy).verifyPin(pki.pins().get(pki.cardFile(2)))).isEqualTo(new PinResult.Accepted());
    }

    @Test
    void cardsAreRsa2048IssuedByTheJpkiCa() throws Exception {
        X509Certificate card = CardFile.open(pki.cardFile(5)).certificate();
        card.verify(TestPki.ca(PkiLayout.JPKI).getPublicKey());
        assertThat(card.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(((java.security.interfaces.RSAPublicKey) card.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void theRogueKioskImpersonatesTheKioskFromTheWrongCa() throws Exception {
        NodeIdentity rogue = NodeIdentity.load(pki.rogueKioskKey(), pki.rogueKioskCertificate());
        assertThat(rogue.nodeId()).isEqualTo("kiosk-0001");
        assertThat(rogue.role()).contains(Role.KIOSK);
        rogue.certificate().verify(TestPki.ca(PkiLayout.JLIS_NETWORK).getPublicKey());
    }

    @Test
    void refusesANonEmptyDirectoryWithoutForce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> PkiInit.init(dir, PkiSpec.demo()))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("force");
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(dir.resolve("keep.txt"));
        }
    }

    @Test
    void withForceANonEmptyDirectoryIsFilledAndOtherFilesKept(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        PkiSpec small = new PkiSpec(List.of("052108"), List.of("hub-9"), List.of(), List.of(), 0, 7);
        PkiLayout layout = PkiInit.init(dir, small, true);
        assertThat(layout.nodeCertificate("city-052108")).exists();
        assertThat(layout.caCertificate(PkiLayout.STORE_OPERATOR)).exists();
        assertThat(dir.resolve("keep.txt")).hasContent("mine");
        assertThat(NodeIdentity.load(layout.rogueKioskKey(), layout.rogueKioskCertificate()).nodeId())
                .isEqualTo("rogue-kiosk");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
