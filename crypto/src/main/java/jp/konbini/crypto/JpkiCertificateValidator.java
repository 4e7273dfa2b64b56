package jp.konbini.crypto;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import jp.konbini.crypto.CardCertificateVerdict.Invalid;
import jp.konbini.crypto.CardCertificateVerdict.Reason;
import jp.konbini.crypto.CardCertificateVerdict.Valid;
import jp.konbini.crypto.internal.Certificates;

/**
 * The hub's JPKI validity check of a card's 利用者証明用電子証明書 (step 3 of J-LIS's eight): the
 * certificate must be issued by one of the JPKI roots, carry a valid signature of that root, be
 * within its validity period on the given clock, and allow digitalSignature.
 *
 * <p>Checks run in that order and the first failure is the verdict. Revocation (the JPKI service's
 * CRL/OCSP) is not checked yet: it belongs after the signature check in {@link #validate}, where a
 * revoked certificate will get its own {@link Reason}.
 */
public final class JpkiCertificateValidator {

    private static final int DIGITAL_SIGNATURE = 0;

    private final List<X509Certificate> jpkiRoots;
    private final Clock clock;

    /**
     * @param jpkiRoots the JPKI root certificates that issue cards
     * @param clock the clock the validity period is judged by
     */
    public JpkiCertificateValidator(List<X509Certificate> jpkiRoots, Clock clock) {
        this.jpkiRoots = List.copyOf(jpkiRoots);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.jpkiRoots.isEmpty()) {
            throw new IllegalArgumentException("at least one JPKI root is needed");
        }
    }

    /** Checks the DER certificate read from the card (EF 000A). */
    public CardCertificateVerdict validate(byte[] certificateDer) {
        X509Certificate certificate;
        try {
            certificate = Certificates.parseDer(certificateDer);
        } catch (CertificateException | RuntimeException e) {
            return new Invalid(Reason.UNPARSEABLE, String.valueOf(e.getMessage()));
        }
        List<X509Certificate> namedIssuers = jpkiRoots.stream()
                .filter(root -> root.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .toList();
        if (namedIssuers.isEmpty()) {
            return new Invalid(Reason.UNKNOWN_ISSUER, "issuer " + certificate.getIssuerX500Principal().getName()
                    + " is not a JPKI root");
        }
        if (namedIssuers.stream().noneMatch(root -> signedBy(certificate, root))) {
            return new Invalid(Reason.BAD_SIGNATURE, "not signed by the key of "
                    + certificate.getIssuerX500Principal().getName());
        }
        // Revocation seam: the JPKI CRL/OCSP check goes here, once the issuer's signature is known to be good.
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException e) {
            return new Invalid(Reason.EXPIRED, "expired " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            return new Invalid(Reason.NOT_YET_VALID, "valid from " + certificate.getNotBefore().toInstant());
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || keyUsage.length <= DIGITAL_SIGNATURE || !keyUsage[DIGITAL_SIGNATURE]) {
            return new Invalid(Reason.WRONG_KEY_USAGE, "keyUsage does not allow digitalSignature");
        }
        return new Valid(certificate);
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate root) {
        try {
            certificate.verify(root.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
