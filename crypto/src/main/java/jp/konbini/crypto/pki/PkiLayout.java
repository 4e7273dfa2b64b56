package jp.konbini.crypto.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where {@link PkiInit} puts things under {@code root}:
 *
 * <pre>
 * ca/jlis-network/   ca.crt.pem ca.key.pem   root of city, hub and relay certificates
 * ca/store-operator/ ca.crt.pem ca.key.pem   root of kiosk certificates
 * ca/jpki/           ca.crt.pem ca.key.pem   root of residents' card certificates
 * nodes/&lt;nodeId&gt;/    node.key.pem node.crt.pem
 * cards/             card-0001.card ... pins.tsv
 * test/              expired.card foreign.card rogue-ca/ rogue-kiosk/
 * </pre>
 *
 * @param root the directory given to {@link PkiInit#init}
 */
public record PkiLayout(Path root) {

    /** The CA of the J-LIS network (cities, hubs, relays). */
    public static final String JLIS_NETWORK = "jlis-network";
    /** The store operator's CA (kiosks). */
    public static final String STORE_OPERATOR = "store-operator";
    /** The JPKI CA (residents' cards). */
    public static final String JPKI = "jpki";

    private static final Set<String> DOMAINS = Set.of(JLIS_NETWORK, STORE_OPERATOR, JPKI);
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public PkiLayout {
        Objects.requireNonNull(root, "root");
    }

    /** The directory of a CA ({@code jlis-network}, {@code store-operator} or {@code jpki}), for {@link CertificateAuthority#load}. */
    public Path caDirectory(String domain) {
        if (!DOMAINS.contains(domain)) {
            throw new IllegalArgumentException("unknown CA domain \"" + domain + "\"; expected one of " + DOMAINS);
        }
        return root.resolve("ca").resolve(domain);
    }

    /** The certificate of a CA: the trust anchor for its domain. */
    public Path caCertificate(String domain) {
        return caDirectory(domain).resolve(CertificateAuthority.CERTIFICATE_FILE);
    }

    /** The directory of a node's key and certificate. */
    public Path nodeDirectory(String nodeId) {
        if (!SAFE_NAME.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("not a node id: \"" + nodeId + "\"");
        }
        return root.resolve("nodes").resolve(nodeId);
    }

    /** A node's private key (0600). */
    public Path nodeKey(String nodeId) {
        return nodeDirectory(nodeId).resolve(PkiInit.NODE_KEY_FILE);
    }

    /** A node's certificate. */
    public Path nodeCertificate(String nodeId) {
        return nodeDirectory(nodeId).resolve(PkiInit.NODE_CERTIFICATE_FILE);
    }

    /** The directory of the residents' cards and {@code pins.tsv}. */
    public Path cardsDirectory() {
        return root.resolve("cards");
    }

    /** Card number {@code n} (from 1): {@code cards/card-0001.card}. */
    public Path cardFile(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("card numbers run from 1 to 9999, got " + n);
        }
        return cardsDirectory().resolve(String.format("card-%04d.card", n));
    }

    /** The test/demo PINs of every card: {@code cards/pins.tsv} (0600). */
    public Path pinsFile() {
        return cardsDirectory().resolve("pins.tsv");
    }

    /** The directory of the material for refusal tests. */
    public Path testDir() {
        return root.resolve("test");
    }

    /** A card issued by the JPKI CA whose validity ended yesterday (PIN 1234). */
    public Path expiredCard() {
        return testDir().resolve("expired.card");
    }

    /** A card issued by {@code test/rogue-ca/} instead of the JPKI root (PIN 1234). */
    public Path foreignCard() {
        return testDir().resolve("foreign.card");
    }

    /** The rogue CA that issued {@link #foreignCard()}. */
    public Path rogueCaDirectory() {
        return testDir().resolve("rogue-ca");
    }

    /** The key of a kiosk certificate issued by the wrong CA (the J-LIS network CA). */
    public Path rogueKioskKey() {
        return testDir().resolve("rogue-kiosk").resolve(PkiInit.NODE_KEY_FILE);
    }

    /** The certificate of a kiosk issued by the wrong CA (the J-LIS network CA). */
    public Path rogueKioskCertificate() {
        return testDir().resolve("rogue-kiosk").resolve(PkiInit.NODE_CERTIFICATE_FILE);
    }

    /** The PINs in {@link #pinsFile()}, by card file, in file order. */
    public Map<Path, String> pins() throws IOException {
        Map<Path, String> pins = new LinkedHashMap<>();
        for (String line : Files.readAllLines(pinsFile(), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalArgumentException(pinsFile() + ": not \"file<TAB>pin\": " + line);
            }
            pins.put(cardsDirectory().resolve(fields[0]).normalize(), fields[1]);
        }
        return pins;
    }
}
