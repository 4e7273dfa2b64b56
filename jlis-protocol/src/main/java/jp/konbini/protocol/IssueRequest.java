package jp.konbini.protocol;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * 交付申請: the kiosk asks for one certificate, signed on the resident's My Number Card.
 *
 * <p>The card signs SHA-256 of {@link #signedContent()}, which binds the hub's challenge, the kiosk, the city,
 * the certificate type, its options and the number of copies to the card certificate. The kiosk builds the
 * request with an empty signature, has the card sign, then calls {@link #withSignature(byte[])}.
 *
 * @param requestId       chosen by the kiosk; idempotent end to end
 * @param challengeNonce  the {@link Challenge#nonce()} being answered, {@value Challenge#NONCE_LENGTH} bytes
 * @param kioskId         same id as in the {@link ChallengeRequest}
 * @param cityCode        6-digit local government code as entered (checked by the hub)
 * @param certificateType which certificate
 * @param options         bit set of printing options (e.g. include household, include 本籍); defined by
 *                        the city's certificate layouts, opaque to the protocol
 * @param copies          number of copies, at least 1
 * @param cardCertificate DER of the card's user-authentication certificate (利用者証明用電子証明書)
 * @param signature       the card's signature over SHA-256 of {@link #signedContent()}; empty before signing
 * @param kioskKey        the kiosk's one-time ECDH public key (X.509 SubjectPublicKeyInfo DER, P-256) to which the
 *                        hub encrypts the print data; inside the signed content, so no relay can swap in its own
 */
public record IssueRequest(
        UUID requestId,
        byte[] challengeNonce,
        String kioskId,
        String cityCode,
        CertificateType certificateType,
        int options,
        int copies,
        byte[] cardCertificate,
        byte[] signature,
        byte[] kioskKey) implements Message {

    /** Largest {@link #kioskKey()} accepted (a P-256 SubjectPublicKeyInfo is 91 bytes). */
    public static final int MAX_KIOSK_KEY_BYTES = 256;

    public IssueRequest {
        Objects.requireNonNull(requestId, "requestId");
        challengeNonce = ByteArrays.copyOfLength(challengeNonce, Challenge.NONCE_LENGTH, "challengeNonce");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(certificateType, "certificateType");
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, not " + copies);
        }
        cardCertificate = ByteArrays.copy(cardCertificate, "cardCertificate");
        signature = ByteArrays.copy(signature, "signature");
        kioskKey = ByteArrays.copy(kioskKey, "kioskKey");
        if (kioskKey.length > MAX_KIOSK_KEY_BYTES) {
            throw new IllegalArgumentException("kioskKey of " + kioskKey.length + " bytes");
        }
    }

    /**
     * A request without a kiosk key. The hub refuses such a request (it has nothing to encrypt the print data
     * to); this form is for callers that exercise the other fields.
     */
    public IssueRequest(UUID requestId, byte[] challengeNonce, String kioskId, String cityCode,
                        CertificateType certificateType, int options, int copies, byte[] cardCertificate,
                        byte[] signature) {
        this(requestId, challengeNonce, kioskId, cityCode, certificateType, options, copies, cardCertificate,
                signature, new byte[0]);
    }

    /**
     * The bytes the card signs (after SHA-256): every field except {@code signature}, in a fixed,
     * length-prefixed layout specified in PROTOCOL.md ("Signed content of ISSUE_REQUEST"). It does not depend
     * on the TLV encoding, so fields a newer peer adds on the wire are never silently covered or dropped.
     */
    public byte[] signedContent() {
        return IssueRequestSignedContent.of(this);
    }

    /** This request carrying {@code sig} as its signature. */
    public IssueRequest withSignature(byte[] sig) {
        return new IssueRequest(requestId, challengeNonce, kioskId, cityCode, certificateType, options, copies,
                cardCertificate, sig, kioskKey);
    }

    @Override
    public byte[] challengeNonce() {
        return challengeNonce.clone();
    }

    @Override
    public byte[] cardCertificate() {
        return cardCertificate.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public byte[] kioskKey() {
        return kioskKey.clone();
    }

    @Override
    public MessageType type() {
        return MessageType.ISSUE_REQUEST;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssueRequest r
                && requestId.equals(r.requestId)
                && Arrays.equals(challengeNonce, r.challengeNonce)
                && kioskId.equals(r.kioskId)
                && cityCode.equals(r.cityCode)
                && certificateType == r.certificateType
                && options == r.options
                && copies == r.copies
                && Arrays.equals(cardCertificate, r.cardCertificate)
                && Arrays.equals(signature, r.signature)
                && Arrays.equals(kioskKey, r.kioskKey);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(requestId, kioskId, cityCode, certificateType, options, copies);
        h = 31 * h + Arrays.hashCode(challengeNonce);
        h = 31 * h + Arrays.hashCode(cardCertificate);
        h = 31 * h + Arrays.hashCode(kioskKey);
        return 31 * h + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "IssueRequest[requestId=" + requestId
                + ", challengeNonce=" + ByteArrays.describe(challengeNonce)
                + ", kioskId=" + kioskId
                + ", cityCode=" + cityCode
                + ", certificateType=" + certificateType
                + ", options=0x" + Integer.toHexString(options)
                + ", copies=" + copies
                + ", cardCertificate=" + ByteArrays.describe(cardCertificate)
                + ", signature=" + ByteArrays.describe(signature)
                + ", kioskKey=" + ByteArrays.describe(kioskKey) + "]";
    }
}
