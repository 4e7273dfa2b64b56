package jp.konbini.crypto.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import jp.konbini.crypto.internal.SecureFiles;

/**
 * The on-disk content of an emulated card: a small line-oriented text file, so that a developer can
 * see at a glance what a card holds (and that the key is sealed).
 *
 * <pre>
 * konbini-card 1
 * certificate: &lt;base64 DER&gt;
 * kdf: PBKDF2WithHmacSHA256 &lt;iterations&gt;
 * salt: &lt;base64&gt;
 * nonce: &lt;base64&gt;
 * sealed-key: &lt;base64 AES-256-GCM of the PKCS#8 key, tag appended&gt;
 * tries-left: 3
 * </pre>
 */
record CardRecord(byte[] certificateDer, int iterations, byte[] salt, byte[] nonce, byte[] sealedKey, int triesLeft) {

    static final String MAGIC = "konbini-card 1";
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final Set<String> FIELDS = Set.of("certificate", "kdf", "salt", "nonce", "sealed-key", "tries-left");
    private static final int MAX_FILE_SIZE = 64 * 1024;
    // A bound, so that an edited file cannot make one PIN check take hours.
    private static final int MAX_ITERATIONS = 10_000_000;

    CardRecord withTriesLeft(int tries) {
        return new CardRecord(certificateDer, iterations, salt, nonce, sealedKey, tries);
    }

    static CardRecord read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_SIZE) {
            throw new IOException(file + ": too large for a card file");
        }
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).split("\n");
        if (lines.length == 0 || !lines[0].equals(MAGIC)) {
            throw new IOException(file + ": not a konbini card file (first line is not \"" + MAGIC + "\")");
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            String name = colon < 0 ? line : line.substring(0, colon);
            if (colon < 0 || !FIELDS.contains(name) || fields.put(name, line.substring(colon + 2)) != null) {
                throw new IOException(file + ": line " + (i + 1) + " is not a single known field");
            }
        }
        if (!fields.keySet().equals(FIELDS)) {
            throw new IOException(file + ": missing fields, has only " + fields.keySet());
        }
        try {
            String[] kdf = fields.get("kdf").split(" ");
            if (kdf.length != 2 || !kdf[0].equals(KDF)) {
                throw new IOException(file + ": unsupported kdf \"" + fields.get("kdf") + "\"");
            }
            int iterations = Integer.parseInt(kdf[1]);
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new IOException(file + ": kdf iterations " + iterations + " out of range");
            }
            int tries = Integer.parseInt(fields.get("tries-left"));
            if (tries < 0 || tries > CardFile.MAX_TRIES) {
                throw new IOException(file + ": tries-left " + tries + " is out of range");
            }
            Base64.Decoder base64 = Base64.getDecoder();
            return new CardRecord(base64.decode(fields.get("certificate")), iterations,
                    base64.decode(fields.get("salt")), base64.decode(fields.get("nonce")),
                    base64.decode(fields.get("sealed-key")), tries);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": malformed field: " + e.getMessage(), e);
        }
    }

    /** Replaces {@code file} atomically (temp file, then rename), keeping it 0600. */
    void write(Path file) throws IOException {
        Base64.Encoder base64 = Base64.getEncoder();
        String text = MAGIC + "\n"
                + "# Emulated JPKI card for tests and demos only: a 4-digit PIN cannot protect this file from offline guessing.\n"
                + "certificate: " + base64.encodeToString(certificateDer) + "\n"
                + "kdf: " + KDF + " " + iterations + "\n"
                + "salt: " + base64.encodeToString(salt) + "\n"
                + "nonce: " + base64.encodeToString(nonce) + "\n"
                + "sealed-key: " + base64.encodeToString(sealedKey) + "\n"
                + "tries-left: " + triesLeft + "\n";
        SecureFiles.writeSecret(file, text.getBytes(StandardCharsets.US_ASCII));
    }
}
