package jp.konbini.protocol.codec;

import static jp.konbini.protocol.codec.Tags.*;

import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.GoAway;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.PrintOutcome;
import jp.konbini.protocol.PrintResult;
import jp.konbini.protocol.ProtocolLimits;

/** TLV body → message record, every field checked against {@link ProtocolLimits} before it is copied. */
final class BodyDecoder {

    private static final int DIGEST_LENGTH = 32;

    private BodyDecoder() {
    }

    static Message decode(MessageType type, BodyReader in, ProtocolLimits limits) {
        int strings = limits.maxStringBytes();
        int certs = limits.maxCertificateBytes();
        return switch (type) {
            case HELLO -> new Hello(
                    in.int32(HELLO_MIN_VERSION),
                    in.int32(HELLO_MAX_VERSION),
                    in.string(HELLO_NODE_ID, strings));
            case PING -> new Ping(in.int64(PING_TOKEN));
            case PONG -> new Pong(in.int64(PONG_TOKEN));
            case GOAWAY -> new GoAway(in.int32(GOAWAY_LAST_STREAM_ID), in.string(GOAWAY_DETAIL, strings));
            case CHALLENGE_REQUEST -> new ChallengeRequest(
                    in.string(CHALLENGE_REQUEST_KIOSK_ID, strings),
                    in.string(CHALLENGE_REQUEST_CITY_CODE, strings));
            case CHALLENGE -> new Challenge(
                    in.fixedBytes(CHALLENGE_NONCE, Challenge.NONCE_LENGTH),
                    in.int64(CHALLENGE_EXPIRES_AT));
            case ISSUE_REQUEST -> new IssueRequest(
                    in.uuid(ISSUE_REQUEST_REQUEST_ID),
                    in.fixedBytes(ISSUE_REQUEST_CHALLENGE_NONCE, Challenge.NONCE_LENGTH),
                    in.string(ISSUE_REQUEST_KIOSK_ID, strings),
                    in.string(ISSUE_REQUEST_CITY_CODE, strings),
                    certificateType(in.int32(ISSUE_REQUEST_CERTIFICATE_TYPE)),
                    in.int32(ISSUE_REQUEST_OPTIONS),
                    in.int32(ISSUE_REQUEST_COPIES),
                    in.bytes(ISSUE_REQUEST_CARD_CERTIFICATE, certs),
                    in.bytes(ISSUE_REQUEST_SIGNATURE, certs),
                    in.bytes(ISSUE_REQUEST_KIOSK_KEY, IssueRequest.MAX_KIOSK_KEY_BYTES));
            case ISSUE_RESPONSE -> new IssueResponse(
                    in.uuid(ISSUE_RESPONSE_REQUEST_ID),
                    in.string(ISSUE_RESPONSE_CERTIFICATE_SERIAL, strings),
                    documentLength(in.int64(ISSUE_RESPONSE_DOCUMENT_LENGTH), limits),
                    in.fixedBytes(ISSUE_RESPONSE_DOCUMENT_SHA256, DIGEST_LENGTH),
                    in.fixedBytes(ISSUE_RESPONSE_CARD_CERTIFICATE_SHA256, DIGEST_LENGTH),
                    in.int32(ISSUE_RESPONSE_CHUNK_COUNT),
                    in.bytes(ISSUE_RESPONSE_BINDING_SIGNATURE, certs),
                    in.bytes(ISSUE_RESPONSE_SEALING_KEY, IssueRequest.MAX_KIOSK_KEY_BYTES),
                    in.bytes(ISSUE_RESPONSE_BINDING_CERTIFICATE, certs));
            case DOCUMENT_CHUNK -> new DocumentChunk(
                    in.uuid(DOCUMENT_CHUNK_REQUEST_ID),
                    in.int32(DOCUMENT_CHUNK_INDEX),
                    in.bool(DOCUMENT_CHUNK_LAST),
                    in.bytes(DOCUMENT_CHUNK_DATA, limits.maxChunkBytes()));
            case PRINT_RESULT -> new PrintResult(
                    in.uuid(PRINT_RESULT_REQUEST_ID),
                    printOutcome(in.int32(PRINT_RESULT_OUTCOME)));
            case PRINT_ACK -> new PrintAck(in.uuid(PRINT_ACK_REQUEST_ID));
            case ERROR -> new ErrorMessage(
                    ErrorCode.fromCode(in.int32(ERROR_CODE)),
                    in.string(ERROR_DETAIL, strings));
        };
    }

    /** A type this build does not issue is the resident's answer, not a broken frame. */
    private static CertificateType certificateType(int code) {
        return CertificateType.fromCode(code).orElseThrow(() -> new MalformedMessageException(
                ErrorCode.UNSUPPORTED_CERTIFICATE_TYPE, "unknown certificate type " + code));
    }

    private static PrintOutcome printOutcome(int code) {
        return PrintOutcome.fromCode(code).orElseThrow(() -> new MalformedMessageException(
                ErrorCode.PROTOCOL_VIOLATION, "unknown print outcome " + code));
    }

    private static long documentLength(long length, ProtocolLimits limits) {
        if (length > limits.maxDocumentBytes()) {
            throw new MalformedMessageException(ErrorCode.BAD_FRAME,
                    "document of " + length + " bytes exceeds the limit of " + limits.maxDocumentBytes());
        }
        return length;
    }
}
