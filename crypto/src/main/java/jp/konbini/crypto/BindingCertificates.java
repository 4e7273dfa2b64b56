package jp.konbini.crypto;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jp.konbini.crypto.internal.Certificates;

/**
 * Whose key made a binding signature: the kiosk cannot see the hub's TLS certificate (its TLS ends at the relay),
 * so the hub sends its certificate with the answer, and the kiosk accepts it only if the network root it already
 * trusts issued it, it is in date and its role is the one expected. A relay's certificate (same root, role
 * {@code relay}) therefore cannot vouch for print data.
 */
public final class BindingCertificates {
    private BindingCertificates() {
    }

    /** The certificate in {@code der} if one of {@code anchors} issued it for {@code role} and it is valid at {@code now}. */
    public static Optional<X509Certificate> issuedFor(byte[] der, List<X509Certificate> anchors, Role role, Instant now) {
        X509Certificate c;
        try {
            c = Certificates.parseDer(der);
            c.checkValidity(Date.from(now));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
        if (Certificates.organizationalUnit(c).flatMap(Role::parse).filter(role::equals).isEmpty()) {
            return Optional.empty();
        }
        for (X509Certificate anchor : anchors) {
            if (!anchor.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
                continue;
            }
            try {
                c.verify(anchor.getPublicKey());
                return Optional.of(c);
            } catch (java.security.GeneralSecurityException | RuntimeException e) {
                // try the next anchor of the same name
            }
        }
        return Optional.empty();
    }
}
