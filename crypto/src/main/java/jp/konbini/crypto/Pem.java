package jp.konbini.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.konbini.crypto.internal.Certificates;
import jp.konbini.crypto.internal.SecureFiles;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads and writes PEM files: certificate chains ({@code CERTIFICATE} blocks) and unencrypted private
 * keys (PKCS#8 {@code PRIVATE KEY}; OpenSSL's traditional {@code RSA PRIVATE KEY} and
 * {@code EC PRIVATE KEY} are read too). Keys are written only as PKCS#8, into a file that is
 * {@code 0600} before its first byte.
 *
 * <p>Errors name the file: an {@link IOException} when the file cannot be read or written, an
 * {@link IllegalArgumentException} when its content is not what was asked for.
 */
public final class Pem {

    // Keys are rebuilt with the JDK's KeyFactory so that the JDK's TLS and Signature accept them as they are.
    private static final Map<String, String> KEY_ALGORITHMS = Map.of(
            "1.2.840.113549.1.1.1", "RSA",
            "1.2.840.10045.2.1", "EC");

    private Pem() {
    }

    /** Every certificate in {@code file}, in file order (leaf first for a chain). */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object object : parse(file)) {
            if (!(object instanceof X509CertificateHolder holder)) {
                throw new IllegalArgumentException(file + ": expected only CERTIFICATE blocks, found " + kind(object));
            }
            try {
                certificates.add(Certificates.parseDer(holder.getEncoded()));
            } catch (CertificateException e) {
                throw new IllegalArgumentException(file + ": unreadable certificate: " + e.getMessage(), e);
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(file + ": no CERTIFICATE block");
        }
        return List.copyOf(certificates);
    }

    /** The one unencrypted RSA or EC private key in {@code file}. */
    public static PrivateKey readPrivateKey(Path file) throws IOException {
        PrivateKeyInfo found = null;
        for (Object object : parse(file)) {
            PrivateKeyInfo info = switch (object) {
                case PrivateKeyInfo pkcs8 -> pkcs8;
                case PEMKeyPair traditional -> traditional.getPrivateKeyInfo();
                case PKCS8EncryptedPrivateKeyInfo ignored -> throw encrypted(file);
                case PEMEncryptedKeyPair ignored -> throw encrypted(file);
                // OpenSSL puts "EC PARAMETERS" before an EC key; certificates may share the file.
                default -> null;
            };
            if (info != null) {
                if (found != null) {
                    throw new IllegalArgumentException(file + ": more than one private key");
                }
                found = info;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(file + ": no PRIVATE KEY block");
        }
        String oid = found.getPrivateKeyAlgorithm().getAlgorithm().getId();
        String algorithm = KEY_ALGORITHMS.get(oid);
        if (algorithm == null) {
            throw new IllegalArgumentException(file + ": unsupported key algorithm " + oid + " (RSA or EC expected)");
        }
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(found.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": unreadable " + algorithm + " key: " + e.getMessage(), e);
        }
    }

    /** Writes {@code certificates} as consecutive CERTIFICATE blocks, replacing {@code file} atomically. */
    public static void writeCertificates(Path file, List<X509Certificate> certificates) throws IOException {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(file + ": refusing to write an empty certificate file");
        }
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : certificates) {
            try {
                block(pem, "CERTIFICATE", certificate.getEncoded());
            } catch (CertificateException e) {
                throw new IllegalArgumentException(file + ": cannot encode certificate: " + e.getMessage(), e);
            }
        }
        SecureFiles.writePublic(file, pem.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes {@code key} as a PKCS#8 PRIVATE KEY block into a file created {@code 0600}. */
    public static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        if (!"PKCS#8".equals(key.getFormat()) || key.getEncoded() == null) {
            throw new IllegalArgumentException(file + ": key is not exportable as PKCS#8 (format " + key.getFormat() + ")");
        }
        StringBuilder pem = new StringBuilder();
        block(pem, "PRIVATE KEY", key.getEncoded());
        SecureFiles.writeSecret(file, pem.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static List<Object> parse(Path file) throws IOException {
        // ISO-8859-1 maps every byte, so a stray non-ASCII byte becomes a PEM error naming the file, not a charset error.
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid PEM: " + e.getMessage(), e);
        }
        return objects;
    }

    private static void block(StringBuilder pem, String type, byte[] der) {
        pem.append("-----BEGIN ").append(type).append("-----\n")
                .append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)).append('\n')
                .append("-----END ").append(type).append("-----\n");
    }

    private static IllegalArgumentException encrypted(Path file) {
        return new IllegalArgumentException(
                file + ": encrypted private keys are not supported; store the key unencrypted in a 0600 file");
    }

    private static String kind(Object object) {
        return object.getClass().getSimpleName();
    }
}
