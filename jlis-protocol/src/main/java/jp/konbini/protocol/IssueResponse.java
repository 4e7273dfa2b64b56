package jp.konbini.protocol;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * The city has issued the certificate: what follows in {@link DocumentChunk}s, and the binding the kiosk checks
 * before it takes the fee.
 *
 * @param requestId             the {@link IssueRequest#requestId()} answered
 * @param certificateSerial     the city's ledger serial (発行番号) printed on the certificate
 * @param documentLength        total bytes of the document across all chunks
 * @param documentSha256        SHA-256 of the whole document, 32 bytes
 * @param cardCertificateSha256 SHA-256 of the card certificate the request was signed with, 32 bytes
 * @param chunkCount            number of {@link DocumentChunk}s that follow on this stream
 * @param bindingSignature      the signature of the hop's issuer (the city towards the hub, the hub towards the
 *                              kiosk) over {@link #bindingContent(byte[])}: request, card, document and key bound
 * @param sealingKey            towards the kiosk: the hub's one-time ECDH public key (X.509 DER) whose agreement
 *                              with {@link IssueRequest#kioskKey()} encrypts the chunks; empty from the city
 * @param bindingCertificate    DER of the certificate whose key made {@code bindingSignature}
 */
public record IssueResponse(
        UUID requestId,
        String certificateSerial,
        long documentLength,
        byte[] documentSha256,
        byte[] cardCertificateSha256,
        int chunkCount,
        byte[] bindingSignature,
        byte[] sealingKey,
        byte[] bindingCertificate) implements Message {

    /** An unsigned, unsealed response: nothing accepts it as it is; it is the input to signing. */
    public IssueResponse(UUID requestId, String certificateSerial, long documentLength, byte[] documentSha256,
                         byte[] cardCertificateSha256, int chunkCount, byte[] bindingSignature) {
        this(requestId, certificateSerial, documentLength, documentSha256, cardCertificateSha256, chunkCount,
                bindingSignature, new byte[0], new byte[0]);
    }

    public IssueResponse {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        if (documentLength < 0 || chunkCount < 0) {
            throw new IllegalArgumentException("negative documentLength or chunkCount");
        }
        documentSha256 = ByteArrays.copyOfLength(documentSha256, ByteArrays.DIGEST_LENGTH, "documentSha256");
        cardCertificateSha256 = ByteArrays.copyOfLength(cardCertificateSha256, ByteArrays.DIGEST_LENGTH,
                "cardCertificateSha256");
        bindingSignature = ByteArrays.copy(bindingSignature, "bindingSignature");
        sealingKey = ByteArrays.copy(sealingKey, "sealingKey");
        if (sealingKey.length > IssueRequest.MAX_KIOSK_KEY_BYTES) {
            throw new IllegalArgumentException("sealingKey of " + sealingKey.length + " bytes");
        }
        bindingCertificate = ByteArrays.copy(bindingCertificate, "bindingCertificate");
    }

    /**
     * The bytes {@link #bindingSignature()} signs (PROTOCOL.md, "Binding of ISSUE_RESPONSE"): every field but the
     * signature and the certificate, and the kiosk key of the request answered.
     */
    public byte[] bindingContent(byte[] kioskKey) {
        return ResponseBindingContent.of(this, kioskKey);
    }

    /** This response with its binding made: {@code signature} by the key of {@code certificate}. */
    public IssueResponse withBinding(byte[] signature, byte[] certificate) {
        return new IssueResponse(requestId, certificateSerial, documentLength, documentSha256, cardCertificateSha256,
                chunkCount, signature, sealingKey, certificate);
    }

    /** This response announcing print data sealed with {@code key}; unsigned until {@link #withBinding}. */
    public IssueResponse sealedWith(byte[] key) {
        return new IssueResponse(requestId, certificateSerial, documentLength, documentSha256, cardCertificateSha256,
                chunkCount, new byte[0], key, new byte[0]);
    }

    @Override
    public byte[] documentSha256() {
        return documentSha256.clone();
    }

    @Override
    public byte[] cardCertificateSha256() {
        return cardCertificateSha256.clone();
    }

    @Override
    public byte[] bindingSignature() {
        return bindingSignature.clone();
    }

    @Override
    public byte[] sealingKey() {
        return sealingKey.clone();
    }

    @Override
    public byte[] bindingCertificate() {
        return bindingCertificate.clone();
    }

    @Override
    public MessageType type() {
        return MessageType.ISSUE_RESPONSE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssueResponse r
                && requestId.equals(r.requestId)
                && certificateSerial.equals(r.certificateSerial)
                && documentLength == r.documentLength
                && Arrays.equals(documentSha256, r.documentSha256)
                && Arrays.equals(cardCertificateSha256, r.cardCertificateSha256)
                && chunkCount == r.chunkCount
                && Arrays.equals(bindingSignature, r.bindingSignature)
                && Arrays.equals(sealingKey, r.sealingKey)
                && Arrays.equals(bindingCertificate, r.bindingCertificate);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(requestId, certificateSerial, documentLength, chunkCount);
        h = 31 * h + Arrays.hashCode(documentSha256);
        h = 31 * h + Arrays.hashCode(cardCertificateSha256);
        h = 31 * h + Arrays.hashCode(sealingKey);
        h = 31 * h + Arrays.hashCode(bindingCertificate);
        return 31 * h + Arrays.hashCode(bindingSignature);
    }

    @Override
    public String toString() {
        return "IssueResponse[requestId=" + requestId
                + ", certificateSerial=" + certificateSerial
                + ", documentLength=" + documentLength
                + ", documentSha256=" + ByteArrays.describe(documentSha256)
                + ", cardCertificateSha256=" + ByteArrays.describe(cardCertificateSha256)
                + ", chunkCount=" + chunkCount
                + ", bindingSignature=" + ByteArrays.describe(bindingSignature)
                + ", sealingKey=" + ByteArrays.describe(sealingKey)
                + ", bindingCertificate=" + ByteArrays.describe(bindingCertificate) + "]";
    }
}
