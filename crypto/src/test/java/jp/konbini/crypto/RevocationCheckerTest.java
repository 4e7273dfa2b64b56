package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.crypto.pki.JpkiRevocations;
import jp.konbini.crypto.pki.PkiLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's revocation check against the JPKI CA's own OCSP answers and CRL. */
class RevocationCheckerTest {
    private static final URI OCSP = URI.create("http://jpki.test/ocsp");
    private static final URI CRL = URI.create("http://jpki.test/jpki.crl");
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    @TempDir
    Path dir;
    private JpkiRevocations ca;
    private X509Certificate root;
    private X509Certificate card;
    private X509Certificate otherCard;
    private final Instant now = Instant.parse("2027-01-10T03:00:00Z");
    private final AtomicInteger ocspCalls = new AtomicInteger();
    private boolean ocspDown;
    private boolean crlDown;
    private Instant crlIssuedAt = now;

    @BeforeEach
    void copyTheJpkiCa() throws Exception {
        Path caDir = TestPki.layout().caDirectory(PkiLayout.JPKI);
        Files.copy(caDir.resolve("ca.crt.pem"), dir.resolve("ca.crt.pem"));
        Files.copy(caDir.resolve("ca.key.pem"), dir.resolve("ca.key.pem"));
        ca = JpkiRevocations.load(dir);
        root = ca.caCertificate();
        card = CardFile.open(TestPki.layout().cardFile(1)).certificate();
        otherCard = CardFile.open(TestPki.layout().cardFile(2)).certificate();
    }

    private final RevocationChecker.Transport transport = new RevocationChecker.Transport() {
        @Override
        public byte[] post(URI uri, String contentType, byte[] body) throws IOException {
            ocspCalls.incrementAndGet();
            if (ocspDown) {
                throw new IOException("connection refused");
            }
            return ca.ocspResponse(body, now, Duration.ofHours(1));
        }

        @Override
        public byte[] get(URI uri) throws IOException {
            if (crlDown) {
                throw new IOException("connection refused");
            }
            try {
                return ca.crl(crlIssuedAt, Duration.ofHours(1)).getEncoded();
            } catch (java.security.cert.CRLException e) {
                throw new IOException(e);
            }
        }
    };

    private RevocationChecker checker(Optional<URI> ocsp, Optional<URI> crl) {
        return new RevocationChecker(new RevocationSources(ocsp, crl, MAX_AGE), List.of(root),
                Clock.fixed(now, ZoneOffset.UTC), transport);
    }

    @Test
    void aCardNeverRevokedIsGoodByOcsp() {
        assertThat(checker(Optional.of(OCSP), Optional.of(CRL)).check(card)).isEqualTo(new RevocationStatus.Good("OCSP"));
    }

    @Test
    void aRevokedCardIsRevokedByOcspAndOthersStayGood() throws Exception {
        Instant revokedAt = Instant.parse("2027-01-09T00:00:00Z");
        ca.revoke(card.getSerialNumber(), revokedAt);
        RevocationChecker checker = checker(Optional.of(OCSP), Optional.of(CRL));

        assertThat(checker.check(card)).isEqualTo(new RevocationStatus.Revoked(revokedAt, "OCSP"));
        assertThat(checker.check(otherCard)).isInstanceOf(RevocationStatus.Good.class);
    }

    @Test
    void theRevocationIsKeptInTheCaFolder() throws Exception {
        ca.revoke(card.getSerialNumber(), now);

        assertThat(JpkiRevocations.load(dir).revokedAt(card.getSerialNumber())).contains(now);
        assertThat(JpkiRevocations.load(dir).revoke(card.getSerialNumber(), now)).isFalse();
    }

    @Test
    void whenOcspIsDownTheCrlDecides() throws Exception {
        ca.revoke(card.getSerialNumber(), now.minusSeconds(60));
        ocspDown = true;

        assertThat(checker(Optional.of(OCSP), Optional.of(CRL)).check(card)).isInstanceOf(RevocationStatus.Revoked.class)
                .extracting(s -> ((RevocationStatus.Revoked) s).source()).isEqualTo("CRL");
    }

    @Test
    void whenNeitherAnswersTheStatusIsUnknown() {
        ocspDown = true;
        crlDown = true;

        assertThat(checker(Optional.of(OCSP), Optional.of(CRL)).check(card)).isInstanceOfSatisfying(
                RevocationStatus.Unknown.class, u -> assertThat(u.reason()).contains("OCSP unreachable").contains("CRL unreachable"));
    }

    @Test
    void aCrlOlderThanTheFreshnessLimitIsNotBelieved() {
        ocspDown = true;
        crlIssuedAt = now.minus(MAX_AGE).minusSeconds(1);

        assertThat(checker(Optional.of(OCSP), Optional.of(CRL)).check(card)).isInstanceOfSatisfying(
                RevocationStatus.Unknown.class, u -> assertThat(u.reason()).contains("freshness"));
    }

    @Test
    void aReplayedOcspAnswerWithoutThisRequestsNonceIsNotBelieved() throws Exception {
        byte[] replayed = new org.bouncycastle.cert.ocsp.OCSPReqBuilder()
                .addRequest(new org.bouncycastle.cert.ocsp.CertificateID(
                        new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build()
                                .get(org.bouncycastle.cert.ocsp.CertificateID.HASH_SHA1),
                        new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(root), card.getSerialNumber()))
                .build().getEncoded();
        byte[] oldAnswer = ca.ocspResponse(replayed, now, Duration.ofHours(1));
        RevocationChecker checker = new RevocationChecker(new RevocationSources(Optional.of(OCSP), Optional.empty(), MAX_AGE),
                List.of(root), Clock.fixed(now, ZoneOffset.UTC), new RevocationChecker.Transport() {
                    @Override
                    public byte[] post(URI uri, String contentType, byte[] body) {
                        return oldAnswer;
                    }

                    @Override
                    public byte[] get(URI uri) throws IOException {
                        throw new IOException("no CRL");
                    }
                });

        assertThat(checker.check(card)).isInstanceOfSatisfying(RevocationStatus.Unknown.class,
                u -> assertThat(u.reason()).contains("nonce"));
    }

    @Test
    void aGoodAnswerIsCachedWithinTheFreshnessLimit() {
        RevocationChecker checker = checker(Optional.of(OCSP), Optional.empty());

        checker.check(card);
        checker.check(card);

        assertThat(ocspCalls).hasValue(1);
    }

    @Test
    void aMalformedOcspRequestGetsMalformedRequest() throws Exception {
        var response = new org.bouncycastle.cert.ocsp.OCSPResp(ca.ocspResponse(new byte[] {1, 2, 3}, now, Duration.ofHours(1)));

        assertThat(response.getStatus()).isEqualTo(org.bouncycastle.cert.ocsp.OCSPResp.MALFORMED_REQUEST);
    }
}
