package jp.konbini.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Builds the byte string an {@link IssueResponse}'s binding signature covers. The city signs it towards the hub
 * and the hub towards the kiosk; each receiver rebuilds it from the response it holds and the request it sent
 * (or authenticated), so a document for another request, card, kiosk key or print can never verify. Layout, as
 * in PROTOCOL.md ("Binding of ISSUE_RESPONSE"):
 *
 * <pre>
 * "JLIS" | 0x02 (layout version) | 0x21 (ISSUE_RESPONSE)
 * requestId (16) | len32 UTF-8 certificateSerial | i64 documentLength | documentSha256 (32)
 * cardCertificateSha256 (32) | u32 chunkCount | len32 sealingKey | len32 kioskKey
 * </pre>
 */
final class ResponseBindingContent {

    private static final byte[] PREFIX = {0x4A, 0x4C, 0x49, 0x53, 0x02, 0x21};

    private ResponseBindingContent() {
    }

    static byte[] of(IssueResponse r, byte[] kioskKey) {
        byte[] serial = r.certificateSerial().getBytes(StandardCharsets.UTF_8);
        byte[] sealingKey = r.sealingKey();
        ByteBuffer b = ByteBuffer.allocate(PREFIX.length + 16 + 4 + serial.length + 8 + 32 + 32 + 4
                + 4 + sealingKey.length + 4 + kioskKey.length);
        b.put(PREFIX)
                .putLong(r.requestId().getMostSignificantBits())
                .putLong(r.requestId().getLeastSignificantBits())
                .putInt(serial.length).put(serial)
                .putLong(r.documentLength())
                .put(r.documentSha256())
                .put(r.cardCertificateSha256())
                .putInt(r.chunkCount())
                .putInt(sealingKey.length).put(sealingKey)
                .putInt(kioskKey.length).put(kioskKey);
        return b.array();
    }
}
