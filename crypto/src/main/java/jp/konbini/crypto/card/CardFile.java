package jp.konbini.crypto.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import jp.konbini.crypto.internal.Certificates;
import jp.konbini.crypto.internal.KeyMatch;

/**
 * An emulated My Number card's JPKI user-authentication applet, kept in a file: the certificate
 * (EF 000A, readable without PIN), the RSA-2048 key (EF 0017) and the 4-digit PIN with its 3-try
 * counter (EF 0018). The kiosk drives it as it would drive the chip.
 *
 * <p>At rest the key is sealed with AES-256-GCM under a key derived by PBKDF2-HMAC-SHA256 from the
 * PIN and a per-card salt; the PIN is checked by trying to unseal. Each attempt first decrements the
 * counter in the file (as a chip does, so that interrupting a check cannot give a free guess); a right
 * PIN sets it back to 3. At 0 the card answers {@link PinResult.Blocked} without deriving or
 * decrypting anything. The file is rewritten through a temporary file and an atomic rename and stays
 * {@code 0600}.
 *
 * <p><b>Weaker than a chip, by nature: for tests and demos only.</b> A chip enforces the counter in
 * hardware and never lets the key out. Whoever can copy this file can reset the counter by editing it
 * and guess all 10,000 PINs offline (PBKDF2 makes that take minutes, not years). Two
 * {@code CardFile}s open on one file share the counter through the file, but not atomically.
 */
public final class CardFile {

    /** The number of wrong PINs in a row that blocks a card. */
    public static final int MAX_TRIES = 3;

    private final Path file;
    private final X509Certificate certificate;
    private PrivateKey unlockedKey;

    private CardFile(Path file, X509Certificate certificate) {
        this.file = file;
        this.certificate = certificate;
    }

    /**
     * Writes a new card (replacing {@code file} if it exists) holding {@code rsa2048}'s private key sealed
     * under {@code pin}, and {@code userAuthCertificate}, which must be the certificate of that key.
     *
     * @throws IllegalArgumentException if the key is not RSA-2048, does not match the certificate, or
     *     the PIN is not 4 ASCII digits
     */
    public static void create(Path file, KeyPair rsa2048, X509Certificate userAuthCertificate, String pin)
            throws IOException {
        if (!isWellFormed(pin)) {
            throw new IllegalArgumentException("a card PIN is exactly 4 ASCII digits");
        }
        if (!(rsa2048.getPublic() instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() != 2048) {
            throw new IllegalArgumentException("a JPKI card holds an RSA-2048 key");
        }
        if (!rsa.equals(userAuthCertificate.getPublicKey())
                || !KeyMatch.matches(rsa2048.getPrivate(), userAuthCertificate.getPublicKey())) {
            throw new IllegalArgumentException("the key pair does not belong to the certificate");
        }
        byte[] pkcs8 = rsa2048.getPrivate().getEncoded();
        try {
            PinSealing.seal(userAuthCertificate.getEncoded(), pkcs8, pin).write(file);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the certificate: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM or PBKDF2 unavailable", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** Opens the card in {@code file}; no PIN is verified yet. */
    public static CardFile open(Path file) throws IOException {
        CardRecord card = CardRecord.read(file);
        try {
            return new CardFile(file, Certificates.parseDer(card.certificateDer()));
        } catch (CertificateException e) {
            throw new IOException(file + ": unreadable certificate: " + e.getMessage(), e);
        }
    }

    /** The user-authentication certificate (EF 000A), readable without the PIN. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * The tries left before the card blocks, as stored in the file now.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public int triesLeft() {
        return read().triesLeft();
    }

    /**
     * Verifies {@code pin}; on {@link PinResult.Accepted} this {@code CardFile} will sign until a later
     * attempt fails. Any other result forgets an earlier verification, except {@link PinResult.Malformed},
     * which the card never sees.
     *
     * @throws UncheckedIOException if the file cannot be read or its counter cannot be written
     */
    public synchronized PinResult verifyPin(String pin) {
        if (!isWellFormed(pin)) {
            return new PinResult.Malformed();
        }
        unlockedKey = null;
        CardRecord card = read();
        if (!Arrays.equals(card.certificateDer(), encodedCertificate())) {
            // Another card was written over this file: its key must not sign under this card's certificate.
            throw new IllegalStateException(file + " now holds a different card; open it again");
        }
        if (card.triesLeft() == 0) {
            return new PinResult.Blocked();
        }
        CardRecord decremented = card.withTriesLeft(card.triesLeft() - 1);
        write(decremented);
        Optional<PrivateKey> key = unseal(card, pin);
        if (key.isEmpty()) {
            return new PinResult.Wrong(decremented.triesLeft());
        }
        write(card.withTriesLeft(MAX_TRIES));
        unlockedKey = key.get();
        return new PinResult.Accepted();
    }

    /**
     * Signs {@code digestInfo} with raw RSA PKCS#1 v1.5 (block type 1, no hashing), as the card does
     * for {@code 80 2A 00 80}; see {@code CardSignatures.digestInfoSha256}.
     *
     * @throws IllegalStateException unless a PIN was accepted on this instance
     * @throws IllegalArgumentException if {@code digestInfo} is empty or too long for an RSA-2048 block
     */
    public synchronized byte[] signDigestInfo(byte[] digestInfo) {
        if (unlockedKey == null) {
            throw new IllegalStateException("security status not satisfied: verify the PIN first");
        }
        if (digestInfo.length == 0 || digestInfo.length > 2048 / 8 - 11) {
            throw new IllegalArgumentException("a DigestInfo of " + digestInfo.length + " bytes cannot be signed");
        }
        try {
            Signature signer = Signature.getInstance("NONEwithRSA");
            signer.initSign(unlockedKey);
            signer.update(digestInfo);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA signing failed: " + e.getMessage(), e);
        }
    }

    private Optional<PrivateKey> unseal(CardRecord card, String pin) {
        Optional<byte[]> pkcs8;
        try {
            pkcs8 = PinSealing.open(card, pin);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + ": cannot run the PIN check: " + e.getMessage(), e);
        }
        if (pkcs8.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8.get())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + ": the unsealed key is not an RSA key", e);
        } finally {
            Arrays.fill(pkcs8.get(), (byte) 0);
        }
    }

    private byte[] encodedCertificate() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate is always encodable", e);
        }
    }

    private CardRecord read() {
        try {
            return CardRecord.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(CardRecord card) {
        try {
            card.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot update the PIN counter", e);
        }
    }

    private static boolean isWellFormed(String pin) {
        return pin != null && pin.length() == 4 && pin.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
