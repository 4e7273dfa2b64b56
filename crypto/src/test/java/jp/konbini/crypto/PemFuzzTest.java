package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fuzz targets for the certificate parsing paths we own: {@link Pem} on any file (node configs name PEM files),
 * and {@link JpkiCertificateValidator#validate} on any DER (a card certificate arrives inside every
 * ISSUE_REQUEST, from outside). Seeds under {@code PemFuzzTestInputs/<method>}: real PEM files and card
 * certificates of a demo PKI whose JPKI root is {@code fuzz-jpki-root.crt.pem}.
 */
class PemFuzzTest {

    private static final Path FILE = tempFile();
    private static final JpkiCertificateValidator VALIDATOR = new JpkiCertificateValidator(
            List.of(root()), Clock.fixed(Instant.parse("2028-01-01T00:00:00Z"), ZoneOffset.UTC));

    /** A PEM file is read into certificates or a key, or refused with an exception that names the file. */
    @FuzzTest
    void pemFile(byte[] content) throws IOException {
        Files.write(FILE, content);
        try {
            List<X509Certificate> certificates = Pem.readCertificates(FILE);
            assertThat(certificates).isNotEmpty();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith(FILE.toString());
        }
        try {
            assertThat(Pem.readPrivateKey(FILE).getAlgorithm()).isIn("RSA", "EC");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith(FILE.toString());
        }
    }

    /** Any bytes get a verdict, never an exception; a valid certificate is exactly the bytes that came in. */
    @FuzzTest
    void cardCertificate(byte[] der) throws CertificateEncodingException {
        CardCertificateVerdict verdict = VALIDATOR.validate(der);
        if (verdict instanceof CardCertificateVerdict.Valid valid) {
            assertThat(valid.certificate().getEncoded()).isEqualTo(der);
        }
    }

    private static X509Certificate root() {
        try (InputStream in = PemFuzzTest.class.getResourceAsStream("fuzz-jpki-root.crt.pem")) {
            Path p = Files.createTempFile("konbini-fuzz-root-", ".pem");
            p.toFile().deleteOnExit();
            Files.write(p, in.readAllBytes());
            return Pem.readCertificates(p).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempFile() {
        try {
            Path p = Files.createTempFile("konbini-pem-fuzz-", ".pem");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
