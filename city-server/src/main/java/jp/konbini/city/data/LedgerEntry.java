package jp.konbini.city.data;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of the 交付記録 (issuance ledger): a certificate the city issued, and what became of it.
 *
 * @param requestId         the kiosk's request id; the same request is recorded only once
 * @param certificateSerial 証明書番号 printed on the certificate
 * @param recipient         who got it: a resident (宛名番号), or a 戸籍 member living elsewhere
 * @param certificateType   e.g. "juminhyo"
 * @param kioskId           the キオスク端末 that asked
 * @param state             ISSUED, PRINTED or VOIDED
 * @param documentSha256    SHA-256 (hex) of the PDF sent
 * @param feeYen            手数料 due from the store operator, in yen
 * @param issuedAt          when it was recorded
 * @param updatedAt         when the state last changed
 * @param refundDue         VOIDED because the kiosk never reported (timeout): the store refunds any fee taken
 */
public record LedgerEntry(
        UUID requestId,
        String certificateSerial,
        Recipient recipient,
        String certificateType,
        String kioskId,
        String state,
        String documentSha256,
        int feeYen,
        Instant issuedAt,
        Instant updatedAt,
        boolean refundDue) {

    public LedgerEntry {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(certificateType, "certificateType");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(documentSha256, "documentSha256");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
