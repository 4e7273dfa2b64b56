package jp.konbini.crypto.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Parses DER certificates with the JDK (so they work unchanged with the JDK's TLS) and reads single
 * attributes out of subject names with BouncyCastle's ASN.1 model.
 */
public final class Certificates {

    private Certificates() {
    }

    /**
     * Parses exactly one DER-encoded certificate.
     *
     * @throws CertificateException if the bytes are not one well-formed certificate, or are followed by
     *     trailing bytes (a lenient parser would let two different byte strings name one certificate)
     */
    public static X509Certificate parseDer(byte[] der) throws CertificateException {
        if (der.length == 0 || der[0] != 0x30) {
            throw new CertificateException("not a DER certificate (expected a SEQUENCE)");
        }
        ByteArrayInputStream in = new ByteArrayInputStream(der);
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        if (in.available() != 0) {
            throw new CertificateException(in.available() + " trailing bytes after the certificate");
        }
        return certificate;
    }

    /** The subject's common name (CN), if the subject has exactly one. */
    public static Optional<String> commonName(X509Certificate certificate) {
        return single(certificate, BCStyle.CN);
    }

    /** The subject's organizational unit (OU), if the subject has exactly one. */
    public static Optional<String> organizationalUnit(X509Certificate certificate) {
        return single(certificate, BCStyle.OU);
    }

    /** The subject's organization (O), if the subject has exactly one. */
    public static Optional<String> organization(X509Certificate certificate) {
        return single(certificate, BCStyle.O);
    }

    // Two CNs or two OUs would make "the" node id or role ambiguous, so anything but exactly one is absent.
    private static Optional<String> single(X509Certificate certificate, ASN1ObjectIdentifier attribute) {
        // The JDK accepts names BouncyCastle cannot read (found by SealedPrintFuzzTest): a structure it cannot
        // parse, a UTF8String that is not UTF-8. Such a name has no CN and no OU, never an exception.
        try {
            X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            RDN[] rdns = subject.getRDNs(attribute);
            if (rdns.length != 1 || rdns[0].isMultiValued()) {
                return Optional.empty();
            }
            ASN1Encodable value = rdns[0].getFirst().getValue();
            return value instanceof ASN1String text ? Optional.of(text.getString()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
