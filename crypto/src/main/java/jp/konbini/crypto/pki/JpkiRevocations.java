package jp.konbini.crypto.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.konbini.crypto.Pem;
import jp.konbini.crypto.internal.KeyMatch;
import jp.konbini.crypto.internal.SecureFiles;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The JPKI CA's revocation side (失効情報): the list of revoked card certificates kept in the CA's
 * folder ({@code revoked.tsv}: serial in hex, revocation time), the CRL it publishes and the OCSP
 * answers it signs. The CA signs both itself (no delegated OCSP responder), so a relying party needs
 * only the JPKI root it already trusts.
 */
public final class JpkiRevocations {
    /** The revocation list in the CA's folder. */
    public static final String REVOKED_FILE = "revoked.tsv";

    private final X509Certificate caCertificate;
    private final PrivateKey caKey;
    private final Path file;
    private final Map<BigInteger, Instant> revoked;

    private JpkiRevocations(X509Certificate caCertificate, PrivateKey caKey, Path file, Map<BigInteger, Instant> revoked) {
        this.caCertificate = caCertificate;
        this.caKey = caKey;
        this.file = file;
        this.revoked = revoked;
    }

    /** The JPKI CA in {@code caDir} ({@code ca.crt.pem}, {@code ca.key.pem}) with the revocations recorded there. */
    public static JpkiRevocations load(Path caDir) throws IOException {
        X509Certificate certificate = Pem.readCertificates(caDir.resolve(CertificateAuthority.CERTIFICATE_FILE)).getFirst();
        PrivateKey key = Pem.readPrivateKey(caDir.resolve(CertificateAuthority.KEY_FILE));
        if (!KeyMatch.matches(key, certificate.getPublicKey())) {
            throw new IOException(caDir + ": the CA key does not belong to the CA certificate");
        }
        Path file = caDir.resolve(REVOKED_FILE);
        Map<BigInteger, Instant> revoked = new LinkedHashMap<>();
        if (Files.exists(file)) {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                try {
                    revoked.put(new BigInteger(f[0], 16), Instant.parse(f[1]));
                } catch (RuntimeException e) {
                    throw new IOException(file + ": line " + n + " is not 'SERIAL-HEX<TAB>ISO-INSTANT'");
                }
            }
        }
        return new JpkiRevocations(certificate, key, file, revoked);
    }

    /** The CA certificate: the issuer of the certificates this list is about. */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** True if {@code card} was issued by this CA (by name and by signature). */
    public boolean issued(X509Certificate card) {
        if (!card.getIssuerX500Principal().equals(caCertificate.getSubjectX500Principal())) {
            return false;
        }
        try {
            card.verify(caCertificate.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Records {@code serial} as revoked at {@code at} and rewrites the list; false if it already was.
     */
    public synchronized boolean revoke(BigInteger serial, Instant at) throws IOException {
        if (revoked.putIfAbsent(serial, at) != null) {
            return false;
        }
        StringBuilder text = new StringBuilder("# JPKI revocations: certificate serial (hex) <TAB> revocation time\n");
        revoked.forEach((s, t) -> text.append(s.toString(16)).append('\t').append(t).append('\n'));
        SecureFiles.writeSecret(file, text.toString().getBytes(StandardCharsets.US_ASCII));
        return true;
    }

    /** When {@code serial} was revoked, if it was. */
    public synchronized Optional<Instant> revokedAt(BigInteger serial) {
        return Optional.ofNullable(revoked.get(serial));
    }

    /** The revocations, oldest first. */
    public synchronized Map<BigInteger, Instant> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(revoked));
    }

    /** A CRL (v2, signed by the CA) issued at {@code now}, next update {@code validity} later. */
    public synchronized X509CRL crl(Instant now, Duration validity) {
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(caCertificate.getSubjectX500Principal(), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(validity)));
            revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.unspecified));
            // Monotonic while the clock is: the issuing time in seconds.
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
            return new JcaX509CRLConverter().getCRL(builder.build(signer()));
        } catch (CRLException | IOException e) {
            throw new IllegalStateException("cannot build the CRL: " + e.getMessage(), e);
        }
    }

    /**
     * The DER OCSP response to the DER OCSP request {@code requestDer}: for each certificate asked about,
     * good, revoked, or unknown when it names another issuer; a malformed request gets
     * {@code malformedRequest}. Valid from {@code now} for {@code validity}; a nonce is echoed.
     */
    public synchronized byte[] ocspResponse(byte[] requestDer, Instant now, Duration validity) {
        try {
            OCSPReq request;
            try {
                request = new OCSPReq(requestDer);
            } catch (IOException | RuntimeException e) {
                return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
            }
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            X509CertificateHolder issuer = new JcaX509CertificateHolder(caCertificate);
            BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(caCertificate.getPublicKey(),
                    digests.get(CertificateID.HASH_SHA1));
            Date thisUpdate = Date.from(now);
            Date nextUpdate = Date.from(now.plus(validity));
            for (Req r : request.getRequestList()) {
                CertificateID id = r.getCertID();
                if (!id.matchesIssuer(issuer, digests)) {
                    builder.addResponse(id, new UnknownStatus(), thisUpdate, nextUpdate, null);
                    continue;
                }
                Instant at = revoked.get(id.getSerialNumber());
                CertificateStatus status = at == null ? CertificateStatus.GOOD
                        : new RevokedStatus(Date.from(at), CRLReason.unspecified);
                builder.addResponse(id, status, thisUpdate, nextUpdate, null);
            }
            Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                builder.setResponseExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                        false, new DEROctetString(nonce.getExtnValue().getOctets()))));
            }
            BasicOCSPResp basic = builder.build(signer(), new X509CertificateHolder[] {issuer}, thisUpdate);
            OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
            return response.getEncoded();
        } catch (OCSPException | OperatorCreationException | IOException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot build an OCSP response: " + e.getMessage(), e);
        }
    }

    private ContentSigner signer() {
        String algorithm = switch (caKey.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("cannot sign with a " + caKey.getAlgorithm() + " key");
        };
        try {
            return new JcaContentSignerBuilder(algorithm).build(caKey);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no signer for " + algorithm, e);
        }
    }
}
