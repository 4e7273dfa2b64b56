package jp.konbini.city;

import java.util.Optional;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;

/**
 * Who may get which certificate (交付の可否). The walking skeleton issues the 住民票の写し to a resident
 * whose record is live; the full rules (支援措置, 戸籍, 印鑑, 課税, hours) come with issue 3 and belong
 * here, in this one class.
 */
final class EligibilityRule {
    private EligibilityRule() {
    }

    /** Empty when the certificate may be issued; otherwise the reason it may not. */
    static Optional<IssueOutcome.Refused> check(ResidentRecord resident, CertificateType type) {
        if (type != CertificateType.JUMINHYO) {
            return Optional.of(new IssueOutcome.Refused(ErrorCode.UNSUPPORTED_CERTIFICATE_TYPE,
                    "type " + type.cliName() + " not offered yet"));
        }
        if (!"ACTIVE".equals(resident.status())) {
            // moved out (転出) or deceased (死亡): the kiosk may not issue; the counter handles 除票
            return Optional.of(new IssueOutcome.Refused(ErrorCode.NOT_ELIGIBLE, "resident status " + resident.status()));
        }
        return Optional.empty();
    }
}
