package jp.konbini.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.GoAway;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.PrintOutcome;
import jp.konbini.protocol.PrintResult;

/** One issuance as data: the messages PROTOCOL.md shows as hex examples, keyed by example name. */
final class SampleMessages {

    static final UUID REQUEST_ID = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    static final byte[] NONCE = HexFormat.of().parseHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    /** A stand-in for a DER certificate; the codec does not parse it. */
    static final byte[] CARD_CERTIFICATE = {0x30, 0x03, 0x02, 0x01, 0x01};
    static final byte[] DOCUMENT = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Stand-in for the kiosk's one-time P-256 key (a real SubjectPublicKeyInfo is 91 bytes). */
    static final byte[] KIOSK_KEY = HexFormat.of().parseHex("04a1b2c3");
    /** Stand-in for the hub's one-time key. */
    static final byte[] SEALING_KEY = HexFormat.of().parseHex("04d4e5f6");

    static final IssueRequest ISSUE_REQUEST = new IssueRequest(REQUEST_ID, NONCE, "kiosk-0001", "052019",
            CertificateType.JUMINHYO, 0, 1, CARD_CERTIFICATE, new byte[0], KIOSK_KEY)
            .withSignature(HexFormat.of().parseHex("a5a5a5a5a5a5a5a5"));

    private SampleMessages() {
    }

    /** Every message type once, on the stream it belongs to. */
    static Map<String, Envelope> documented() {
        Map<String, Envelope> m = new LinkedHashMap<>();
        m.put("HELLO", new Envelope(0, new Hello(1, 1, "relay-tokyo-1")));
        m.put("PING", new Envelope(0, new Ping(7)));
        m.put("PONG", new Envelope(0, new Pong(7)));
        m.put("GOAWAY", new Envelope(0, new GoAway(5, "shutting down")));
        m.put("CHALLENGE_REQUEST", new Envelope(1, new ChallengeRequest("kiosk-0001", "052019")));
        m.put("CHALLENGE", new Envelope(1, new Challenge(NONCE, 1_767_225_600_000L)));
        m.put("ISSUE_REQUEST", new Envelope(3, ISSUE_REQUEST));
        m.put("ISSUE_RESPONSE", new Envelope(3, new IssueResponse(REQUEST_ID, "052019-2026-000123",
                DOCUMENT.length, sha256(DOCUMENT), sha256(CARD_CERTIFICATE), 1, new byte[0])
                .sealedWith(SEALING_KEY)
                .withBinding(HexFormat.of().parseHex("5a5a5a5a5a5a5a5a"), CARD_CERTIFICATE)));
        m.put("DOCUMENT_CHUNK", new Envelope(3, new DocumentChunk(REQUEST_ID, 0, true, DOCUMENT)));
        m.put("PRINT_RESULT", new Envelope(3, new PrintResult(REQUEST_ID, PrintOutcome.PRINTED)));
        m.put("PRINT_ACK", new Envelope(3, new PrintAck(REQUEST_ID)));
        m.put("ERROR", new Envelope(3, new ErrorMessage(ErrorCode.CARD_UNKNOWN, "no resident for card")));
        m.put("PING with an unknown non-critical field", new Envelope(0, new Ping(7)));
        return m;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
