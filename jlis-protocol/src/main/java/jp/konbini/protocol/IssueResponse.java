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
 * @param bindingSignature      the city's signature binding request id, card certificate and document digests;
 *                              may be empty in protocol v1
 */
public record IssueResponse(
        UUID requestId,
        String certificateSerial,
        long documentLength,
        byte[] documentSha256,
        byte[] cardCertificateSha256,
        int chunkCount,
        byte[] bindingSignature) implements Message {

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
                && Arrays.equals(bindingSignature, r.bindingSignature);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(requestId, certificateSerial, documentLength, chunkCount);
        h = 31 * h + Arrays.hashCode(documentSha256);
        h = 31 * h + Arrays.hashCode(cardCertificateSha256);
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
                + ", bindingSignature=" + ByteArrays.describe(bindingSignature) + "]";
    }
}
