package jp.konbini.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Builds the byte string a card signs for an {@link IssueRequest}. Kiosk (signer) and hub (verifier) both call
 * {@link IssueRequest#signedContent()}, so they cannot disagree; the layout is fixed here and in PROTOCOL.md:
 *
 * <pre>
 * "JLIS" | 0x02 (layout version) | 0x20 (ISSUE_REQUEST)
 * requestId (16) | len32 challengeNonce | len32 UTF-8 kioskId | len32 UTF-8 cityCode
 * u32 certificateType | u32 options | u32 copies | len32 cardCertificate | len32 kioskKey
 * </pre>
 *
 * Every variable-length field carries a 4-byte big-endian length so that no two requests share a byte string,
 * and the magic and type keep a card signature for this purpose from being valid for any other.
 */
final class IssueRequestSignedContent {

    private static final byte[] PREFIX = {0x4A, 0x4C, 0x49, 0x53, 0x02, 0x20};

    private IssueRequestSignedContent() {
    }

    static byte[] of(IssueRequest r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + r.cardCertificate().length);
        out.writeBytes(PREFIX);
        out.writeBytes(ByteBuffer.allocate(16)
                .putLong(r.requestId().getMostSignificantBits())
                .putLong(r.requestId().getLeastSignificantBits())
                .array());
        writeWithLength(out, r.challengeNonce());
        writeWithLength(out, utf8(r.kioskId()));
        writeWithLength(out, utf8(r.cityCode()));
        writeInt(out, r.certificateType().code());
        writeInt(out, r.options());
        writeInt(out, r.copies());
        writeWithLength(out, r.cardCertificate());
        // Layout 2: the key the print data is encrypted to is the card holder's choice too, so a relay that
        // swapped in its own key would break the card's signature.
        writeWithLength(out, r.kioskKey());
        return out.toByteArray();
    }

    private static void writeWithLength(ByteArrayOutputStream out, byte[] bytes) {
        writeInt(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());
    }

    /** Strict, because a lone surrogate silently turned into '?' would make the hub verify other bytes. */
    private static byte[] utf8(String s) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("string is not valid Unicode", e);
        }
    }
}
