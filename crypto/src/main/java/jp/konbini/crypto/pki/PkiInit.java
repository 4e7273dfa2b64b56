package jp.konbini.crypto.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.Role;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.internal.SecureFiles;

/**
 * Bootstraps the demo PKI ({@code bin/konbini tools pki init}): three roots, a key and certificate for
 * every node, resident cards with their PINs, and the material for refusal tests. See {@link PkiLayout}.
 *
 * <p>Refusal-test material, all with PIN 1234: {@code test/expired.card} (JPKI CA, validity ended
 * yesterday), {@code test/foreign.card} (issued by {@code test/rogue-ca/}, whose name differs from the
 * JPKI root's: the hub's validator says {@code UNKNOWN_ISSUER}), and {@code test/rogue-kiosk/} (a kiosk
 * certificate with the first kiosk's node id, issued by the J-LIS network CA instead of the store
 * operator's: an impersonation the relay must refuse).
 *
 * <p>Directories are {@code 0700}, private keys, cards and {@code pins.tsv} {@code 0600}.
 */
public final class PkiInit {

    static final String NODE_KEY_FILE = "node.key.pem";
    static final String NODE_CERTIFICATE_FILE = "node.crt.pem";
    private static final Duration CA_VALIDITY = Duration.ofDays(10 * 365);
    private static final Duration NODE_VALIDITY = Duration.ofDays(2 * 365);
    private static final Duration CARD_VALIDITY = Duration.ofDays(5 * 365);
    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final String TEST_PIN = "1234";

    private PkiInit() {
    }

    /** Creates the layout in {@code dir}, which must be absent or empty. */
    public static PkiLayout init(Path dir, PkiSpec spec) throws IOException {
        return init(dir, spec, false);
    }

    /**
     * Creates the layout in {@code dir}. With {@code force}, a non-empty {@code dir} is accepted and the
     * files this layout names are replaced (others are left alone); without it, refused.
     *
     * @throws FileAlreadyExistsException if {@code dir} is a file, or is not empty and {@code force} is false
     */
    public static PkiLayout init(Path dir, PkiSpec spec, boolean force) throws IOException {
        refuseToOverwrite(dir, force);
        PkiLayout layout = new PkiLayout(dir);
        SecureFiles.createPrivateDirectory(dir);

        CertificateAuthority jlis = root(layout, PkiLayout.JLIS_NETWORK, "J-LIS Network Root CA", "J-LIS Network");
        CertificateAuthority store = root(layout, PkiLayout.STORE_OPERATOR, "Store Operator Root CA", "ECS Store Operator");
        CertificateAuthority jpki = root(layout, PkiLayout.JPKI, "JPKI User Authentication Root CA", "JPKI");

        for (String code : spec.cityCodes()) {
            node(layout.nodeDirectory(PkiSpec.cityNodeId(code)), jlis, Role.CITY, PkiSpec.cityNodeId(code));
        }
        for (String hub : spec.hubIds()) {
            node(layout.nodeDirectory(hub), jlis, Role.HUB, hub);
        }
        for (String relay : spec.relayIds()) {
            node(layout.nodeDirectory(relay), jlis, Role.RELAY, relay);
        }
        for (String kiosk : spec.kioskIds()) {
            node(layout.nodeDirectory(kiosk), store, Role.KIOSK, kiosk);
        }

        Instant now = Instant.now();
        SplittableRandom random = new SplittableRandom(spec.seed());
        SecureFiles.createPrivateDirectory(layout.cardsDirectory());
        List<String> pins = new ArrayList<>();
        for (int n = 1; n <= spec.cards(); n++) {
            String pin = pin(random);
            card(layout.cardFile(n), jpki, serialName(random), now.minus(ONE_DAY), now.plus(CARD_VALIDITY), pin);
            pins.add(layout.cardFile(n).getFileName() + "\t" + pin);
        }

        SecureFiles.createPrivateDirectory(layout.testDir());
        card(layout.expiredCard(), jpki, serialName(random), now.minus(CARD_VALIDITY), now.minus(ONE_DAY), TEST_PIN);
        CertificateAuthority rogue = CertificateAuthority.createRoot("Rogue CA", "Not J-LIS", CA_VALIDITY);
        rogue.save(layout.rogueCaDirectory());
        card(layout.foreignCard(), rogue, serialName(random), now.minus(ONE_DAY), now.plus(CARD_VALIDITY), TEST_PIN);
        String impersonated = spec.kioskIds().isEmpty() ? "rogue-kiosk" : spec.kioskIds().getFirst();
        node(layout.rogueKioskKey().getParent(), jlis, Role.KIOSK, impersonated);
        pins.add("../test/" + layout.expiredCard().getFileName() + "\t" + TEST_PIN);
        pins.add("../test/" + layout.foreignCard().getFileName() + "\t" + TEST_PIN);

        PaperKeys.create(dir.resolve(PaperKeys.DIRECTORY));
        writePins(layout.pinsFile(), pins);
        return layout;
    }

    private static void refuseToOverwrite(Path dir, boolean force) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (!force && entries.findAny().isPresent()) {
                throw new FileAlreadyExistsException(dir.toString(), null, "is not empty; use force to overwrite");
            }
        }
    }

    private static CertificateAuthority root(PkiLayout layout, String domain, String commonName, String organization)
            throws IOException {
        CertificateAuthority ca = CertificateAuthority.createRoot(commonName, organization, CA_VALIDITY);
        ca.save(layout.caDirectory(domain));
        return ca;
    }

    private static void node(Path dir, CertificateAuthority ca, Role role, String nodeId) throws IOException {
        KeyPair keys = KeyPairs.ecP256();
        X509Certificate certificate = ca.issueNode(role, nodeId, keys.getPublic(),
                List.of("127.0.0.1", "localhost", nodeId), NODE_VALIDITY);
        SecureFiles.createPrivateDirectory(dir);
        Pem.writePrivateKey(dir.resolve(NODE_KEY_FILE), keys.getPrivate());
        Pem.writeCertificates(dir.resolve(NODE_CERTIFICATE_FILE), List.of(certificate));
    }

    private static void card(Path file, CertificateAuthority ca, String serialName, Instant notBefore, Instant notAfter,
            String pin) throws IOException {
        KeyPair keys = KeyPairs.rsa2048();
        CardFile.create(file, keys, ca.issueCard(keys.getPublic(), serialName, notBefore, notAfter), pin);
    }

    // 0001..9999: 0000 is the PIN every guesser tries first.
    private static String pin(SplittableRandom random) {
        return String.format("%04d", random.nextInt(1, 10_000));
    }

    private static String serialName(SplittableRandom random) {
        return String.format("JPKI-UA-%016X", random.nextLong());
    }

    private static void writePins(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# TEST/DEMO DATA ONLY: PINs of emulated cards made by `konbini tools pki init`.\n")
                .append("# Never use these cards or this PKI for anything real.\n")
                .append("# file (relative to this directory)<TAB>pin\n");
        lines.forEach(line -> text.append(line).append('\n'));
        SecureFiles.writeSecret(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
