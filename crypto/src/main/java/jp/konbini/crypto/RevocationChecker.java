package jp.konbini.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The hub's revocation check of a card certificate that already chains to a JPKI root: OCSP first
 * (a nonce, the answer signed by the JPKI CA itself), the CRL as fallback (signed by the same CA), and
 * nothing older than {@link RevocationSources#maxAge()}. Answers are cached within that limit: a good
 * status until its age reaches the limit, a revocation for good. When neither source gives a fresh,
 * authentic answer the status is {@link RevocationStatus.Unknown}: the hub refuses rather than guess.
 *
 * <p>Fetches block the calling thread for at most the transport's timeouts; the cache keeps that off
 * the common path.
 */
public final class RevocationChecker {

    /** How answers are fetched: HTTP in service ({@link HttpRevocationTransport}), direct calls in tests. */
    public interface Transport {
        /** POSTs {@code body} and returns the response body; any failure is an IOException. */
        byte[] post(URI uri, String contentType, byte[] body) throws IOException;

        /** GETs {@code uri} and returns the response body; any failure is an IOException. */
        byte[] get(URI uri) throws IOException;
    }

    private static final int CACHE_LIMIT = 100_000;
    /** An answer dated this far in the future is still believed; clocks differ a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Cached(RevocationStatus status, Instant until) {
    }

    private final RevocationSources sources;
    private final List<X509Certificate> jpkiRoots;
    private final Clock clock;
    private final Transport transport;
    private final Map<BigInteger, Cached> cache = new ConcurrentHashMap<>();
    private volatile X509CRL crl;

    public RevocationChecker(RevocationSources sources, List<X509Certificate> jpkiRoots, Clock clock, Transport transport) {
        this.sources = sources;
        this.jpkiRoots = List.copyOf(jpkiRoots);
        this.clock = clock;
        this.transport = transport;
    }

    /** The status of {@code card}, a certificate the {@link JpkiCertificateValidator} accepted. */
    public RevocationStatus check(X509Certificate card) {
        Optional<X509Certificate> issuer = issuerOf(card);
        if (issuer.isEmpty()) {
            return new RevocationStatus.Unknown("no JPKI root issued this certificate");
        }
        Instant now = clock.instant();
        Cached hit = cache.get(card.getSerialNumber());
        if (hit != null && now.isBefore(hit.until())) {
            return hit.status();
        }
        List<String> reasons = new ArrayList<>();
        if (sources.ocsp().isPresent()) {
            RevocationStatus s = ocsp(sources.ocsp().get(), card, issuer.get(), now);
            if (!(s instanceof RevocationStatus.Unknown u)) {
                return s;
            }
            reasons.add(u.reason());
        }
        if (sources.crl().isPresent()) {
            RevocationStatus s = crl(sources.crl().get(), card, issuer.get(), now);
            if (!(s instanceof RevocationStatus.Unknown u)) {
                return s;
            }
            reasons.add(u.reason());
        }
        return new RevocationStatus.Unknown(reasons.isEmpty() ? "no revocation source configured" : String.join("; ", reasons));
    }

    private RevocationStatus ocsp(URI uri, X509Certificate card, X509Certificate issuer, Instant now) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), card.getSerialNumber());
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            OCSPReq request = new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(
                    new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce)))).build();
            OCSPResp response = new OCSPResp(transport.post(uri, "application/ocsp-request", request.getEncoded()));
            if (response.getStatus() != OCSPResp.SUCCESSFUL || !(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                return new RevocationStatus.Unknown("OCSP responder answered status " + response.getStatus());
            }
            if (!basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))) {
                return new RevocationStatus.Unknown("OCSP answer not signed by the JPKI CA");
            }
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (echoed == null || !Arrays.equals(echoed.getExtnValue().getOctets(), nonce)) {
                return new RevocationStatus.Unknown("OCSP answer without this request's nonce");
            }
            for (SingleResp single : basic.getResponses()) {
                if (single.getCertID().equals(id)) {
                    return judge(single, card.getSerialNumber(), now);
                }
            }
            return new RevocationStatus.Unknown("OCSP answer is about another certificate");
        } catch (IOException e) {
            return new RevocationStatus.Unknown("OCSP unreachable: " + e.getMessage());
        } catch (OCSPException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return new RevocationStatus.Unknown("OCSP answer unusable: " + e.getMessage());
        }
    }

    private RevocationStatus judge(SingleResp single, BigInteger serial, Instant now) {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Optional<Instant> nextUpdate = Optional.ofNullable(single.getNextUpdate()).map(java.util.Date::toInstant);
        if (thisUpdate.isAfter(now.plus(CLOCK_SKEW))) {
            return new RevocationStatus.Unknown("OCSP answer dated in the future");
        }
        if (Duration.between(thisUpdate, now).compareTo(sources.maxAge()) > 0 || nextUpdate.map(now::isAfter).orElse(false)) {
            return new RevocationStatus.Unknown("OCSP answer older than the freshness limit");
        }
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            Instant until = thisUpdate.plus(sources.maxAge());
            if (nextUpdate.isPresent() && nextUpdate.get().isBefore(until)) {
                until = nextUpdate.get();
            }
            return remember(serial, new RevocationStatus.Good("OCSP"), until);
        }
        if (status instanceof RevokedStatus r) {
            return remember(serial, new RevocationStatus.Revoked(r.getRevocationTime().toInstant(), "OCSP"), Instant.MAX);
        }
        return new RevocationStatus.Unknown("OCSP responder does not know the certificate");
    }

    private RevocationStatus crl(URI uri, X509Certificate card, X509Certificate issuer, Instant now) {
        X509CRL current = crl;
        if (current == null || !fresh(current, now)) {
            try {
                X509CRL fetched = (X509CRL) CertificateFactory.getInstance("X.509")
                        .generateCRL(new ByteArrayInputStream(transport.get(uri)));
                if (!fetched.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    return new RevocationStatus.Unknown("CRL of another issuer");
                }
                fetched.verify(issuer.getPublicKey());
                current = fetched;
                crl = fetched;
            } catch (IOException e) {
                return new RevocationStatus.Unknown("CRL unreachable: " + e.getMessage());
            } catch (GeneralSecurityException | RuntimeException e) {
                return new RevocationStatus.Unknown("CRL unusable: " + e.getMessage());
            }
            if (!fresh(current, now)) {
                return new RevocationStatus.Unknown("CRL older than the freshness limit");
            }
        }
        X509CRLEntry entry = current.getRevokedCertificate(card.getSerialNumber());
        return entry == null
                ? new RevocationStatus.Good("CRL")
                : remember(card.getSerialNumber(), new RevocationStatus.Revoked(entry.getRevocationDate().toInstant(), "CRL"), Instant.MAX);
    }

    private boolean fresh(X509CRL crl, Instant now) {
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        return !thisUpdate.isAfter(now.plus(CLOCK_SKEW))
                && Duration.between(thisUpdate, now).compareTo(sources.maxAge()) <= 0
                && (crl.getNextUpdate() == null || !now.isAfter(crl.getNextUpdate().toInstant()));
    }

    private RevocationStatus remember(BigInteger serial, RevocationStatus status, Instant until) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // crude but bounded: a full cache only costs fresh look-ups
        }
        cache.put(serial, new Cached(status, until));
        return status;
    }

    private Optional<X509Certificate> issuerOf(X509Certificate card) {
        for (X509Certificate root : jpkiRoots) {
            if (root.getSubjectX500Principal().equals(card.getIssuerX500Principal())) {
                try {
                    card.verify(root.getPublicKey());
                    return Optional.of(root);
                } catch (GeneralSecurityException e) {
                    // another root of the same name; keep looking
                }
            }
        }
        return Optional.empty();
    }
}
