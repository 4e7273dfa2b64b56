package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz target: what {@link RevocationChecker} does with the bytes a revocation source answers. The OCSP responder
 * and the CRL distribution point are reached over plain HTTP, so their answers are outside bytes until the
 * JPKI CA's signature on them is checked; whatever arrives, the check must end in a {@link RevocationStatus}
 * (a refusal is {@link RevocationStatus.Unknown}), never an exception, and only a CRL signed by the JPKI root may
 * decide.
 *
 * <p>Input: one mode byte (even: the answer of the OCSP responder; odd: the CRL), then the answer, which a fake
 * {@link RevocationChecker.Transport} returns. A fresh checker per input (no cache, no remembered CRL). Seeds
 * under {@code RevocationFuzzTestInputs/revocationAnswer} are real answers of a demo JPKI CA
 * ({@code revocation-fuzz-jpki-root.der}) about {@code revocation-fuzz-card.der}. An OCSP answer can never be
 * believed here: it must echo the random nonce of the request and be signed by the CA, which the fuzzer cannot
 * forge, so any OCSP verdict but Unknown is a finding.
 */
class RevocationFuzzTest {

    private static final URI OCSP = URI.create("http://jpki.test/ocsp");
    private static final URI CRL = URI.create("http://jpki.test/jpki.crl");
    private static final Instant NOW = Instant.parse("2027-01-10T03:00:00Z");
    private static final X509Certificate ROOT = certificate("revocation-fuzz-jpki-root.der");
    private static final X509Certificate CARD = certificate("revocation-fuzz-card.der");

    @FuzzTest
    void revocationAnswer(byte[] input) {
        boolean ocsp = input.length == 0 || (input[0] & 1) == 0;
        byte[] answer = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        RevocationSources sources = new RevocationSources(ocsp ? Optional.of(OCSP) : Optional.empty(),
                ocsp ? Optional.empty() : Optional.of(CRL), Duration.ofMinutes(5));
        RevocationChecker checker = new RevocationChecker(sources, List.of(ROOT), Clock.fixed(NOW, ZoneOffset.UTC),
                new RevocationChecker.Transport() {
                    @Override
                    public byte[] post(URI uri, String contentType, byte[] body) {
                        assertThat(uri).isEqualTo(OCSP);
                        return answer.clone();
                    }

                    @Override
                    public byte[] get(URI uri) {
                        assertThat(uri).isEqualTo(CRL);
                        return answer.clone();
                    }
                });

        RevocationStatus status = checker.check(CARD);

        assertThat(status).isNotNull();
        if (ocsp) {
            assertThat(status).isInstanceOf(RevocationStatus.Unknown.class);
        } else if (!(status instanceof RevocationStatus.Unknown)) {
            assertThat(signedByRoot(answer)).as("a CRL decided without the JPKI root's signature").isTrue();
        }
        if (status instanceof RevocationStatus.Unknown unknown) {
            assertThat(unknown.reason()).isNotBlank();
        }
    }

    private static boolean signedByRoot(byte[] crlBytes) {
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crlBytes));
            crl.verify(ROOT.getPublicKey());
            return crl.getIssuerX500Principal().equals(ROOT.getSubjectX500Principal());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static X509Certificate certificate(String resource) {
        try (InputStream in = RevocationFuzzTest.class.getResourceAsStream(resource)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
