package jp.konbini.hub;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.crypto.BindingSignatures;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.crypto.PrintSealing;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;

/**
 * The last thing the hub does before anything goes towards the kiosk (PROTOCOL.md, "Sealed print data" and
 * "Binding of ISSUE_RESPONSE"): cut the print data into chunks, encrypt each to the kiosk key the card signed for,
 * and sign a header that binds the request, the card, the print data's digest and both one-time keys. The relay
 * forwards this and can read none of it; the kiosk accepts it only with the hub's signature.
 */
final class PrintSeal {
    /** Plaintext per chunk at most, as the city chunks: 64 KiB. */
    static final int PLAIN_CHUNK_BYTES = 64 * 1024;

    private PrintSeal() {
    }

    /** The header and chunks for the kiosk. */
    record Sealed(IssueResponse response, List<DocumentChunk> chunks) {
    }

    /**
     * Seals {@code print} (the print data for the city's answer {@code city}) for the kiosk of {@code request}.
     *
     * @param maxChunkBytes the protocol's chunk limit; each sealed chunk (plaintext + tag) stays within it
     */
    static Sealed seal(IssueRequest request, IssueResponse city, byte[] print, NodeIdentity hub, int maxChunkBytes)
            throws GeneralSecurityException {
        ECPublicKey kioskKey = PrintSealing.decode(request.kioskKey())
                .orElseThrow(() -> new GeneralSecurityException("kiosk key is not P-256"));
        PrintSealing.Sealer sealer = PrintSealing.sealerFor(kioskKey, request.requestId());
        int piece = Math.min(PLAIN_CHUNK_BYTES, maxChunkBytes - PrintSealing.TAG_BYTES);
        int count = Math.max(1, (print.length + piece - 1) / piece);
        List<DocumentChunk> chunks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * piece;
            boolean last = i == count - 1;
            chunks.add(new DocumentChunk(request.requestId(), i, last,
                    sealer.seal(i, last, print, from, Math.min(print.length, from + piece) - from)));
        }
        IssueResponse unsigned = new IssueResponse(request.requestId(), city.certificateSerial(), print.length,
                Digests.sha256(print), city.cardCertificateSha256(), count, new byte[0])
                .sealedWith(sealer.sealingKey());
        byte[] signature = BindingSignatures.sign(hub, unsigned.bindingContent(request.kioskKey()));
        try {
            return new Sealed(unsigned.withBinding(signature, hub.certificate().getEncoded()), chunks);
        } catch (CertificateEncodingException e) {
            throw new GeneralSecurityException("the hub's own certificate cannot be encoded", e);
        }
    }
}
