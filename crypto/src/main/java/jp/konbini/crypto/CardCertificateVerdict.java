package jp.konbini.crypto;

import java.security.cert.X509Certificate;
import java.util.Objects;

/** The outcome of checking a card's 利用者証明用電子証明書 (user-authentication certificate). */
public sealed interface CardCertificateVerdict permits CardCertificateVerdict.Valid, CardCertificateVerdict.Invalid {

    /** Why a card certificate is refused. */
    enum Reason {
        /** Not one well-formed DER X.509 certificate. */
        UNPARSEABLE,
        /** Its issuer is none of the JPKI roots. */
        UNKNOWN_ISSUER,
        /** Names a JPKI root as issuer, but that root's key did not sign it. */
        BAD_SIGNATURE,
        /** Its validity period has ended. */
        EXPIRED,
        /** Its validity period has not begun. */
        NOT_YET_VALID,
        /** Its keyUsage does not allow digitalSignature. */
        WRONG_KEY_USAGE
    }

    /** The certificate passed every check. */
    record Valid(X509Certificate certificate) implements CardCertificateVerdict {
        public Valid {
            Objects.requireNonNull(certificate, "certificate");
        }
    }

    /** The certificate failed the check named by {@code reason}; {@code detail} is for logs. */
    record Invalid(Reason reason, String detail) implements CardCertificateVerdict {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
