package jp.konbini.protocol.codec;

import static jp.konbini.protocol.codec.Tags.*;

import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.GoAway;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.PrintAck;
import jp.konbini.protocol.PrintResult;
import jp.konbini.protocol.ProtocolLimits;

/**
 * Message record → TLV body, fields in ascending tag order so that equal messages give equal bytes. The size
 * hints are for headers and small values only: big values are not copied into a {@link BodyWriter}.
 */
final class BodyEncoder {

    private BodyEncoder() {
    }

    static BodyWriter encode(Message message, ProtocolLimits limits) {
        int strings = limits.maxStringBytes();
        int certs = limits.maxCertificateBytes();
        return switch (message) {
            case Hello m -> new BodyWriter(64)
                    .int32(HELLO_MIN_VERSION, m.minVersion())
                    .int32(HELLO_MAX_VERSION, m.maxVersion())
                    .string(HELLO_NODE_ID, m.nodeId(), strings);
            case Ping m -> new BodyWriter(14).int64(PING_TOKEN, m.token());
            case Pong m -> new BodyWriter(14).int64(PONG_TOKEN, m.token());
            case GoAway m -> new BodyWriter(64)
                    .int32(GOAWAY_LAST_STREAM_ID, m.lastStreamId())
                    .string(GOAWAY_DETAIL, m.detail(), strings);
            case ChallengeRequest m -> new BodyWriter(64)
                    .string(CHALLENGE_REQUEST_KIOSK_ID, m.kioskId(), strings)
                    .string(CHALLENGE_REQUEST_CITY_CODE, m.cityCode(), strings);
            case Challenge m -> new BodyWriter(52)
                    .bytes(CHALLENGE_NONCE, m.nonce(), Challenge.NONCE_LENGTH)
                    .int64(CHALLENGE_EXPIRES_AT, m.expiresAtEpochMillis());
            case IssueRequest m -> new BodyWriter(512)
                    .uuid(ISSUE_REQUEST_REQUEST_ID, m.requestId())
                    .bytes(ISSUE_REQUEST_CHALLENGE_NONCE, m.challengeNonce(), Challenge.NONCE_LENGTH)
                    .string(ISSUE_REQUEST_KIOSK_ID, m.kioskId(), strings)
                    .string(ISSUE_REQUEST_CITY_CODE, m.cityCode(), strings)
                    .int32(ISSUE_REQUEST_CERTIFICATE_TYPE, m.certificateType().code())
                    .int32(ISSUE_REQUEST_OPTIONS, m.options())
                    .int32(ISSUE_REQUEST_COPIES, m.copies())
                    .bytes(ISSUE_REQUEST_CARD_CERTIFICATE, RecordArrays.cardCertificate(m), certs)
                    .bytes(ISSUE_REQUEST_SIGNATURE, RecordArrays.signature(m), certs)
                    .bytes(ISSUE_REQUEST_KIOSK_KEY, m.kioskKey(), IssueRequest.MAX_KIOSK_KEY_BYTES);
            case IssueResponse m -> new BodyWriter(512)
                    .uuid(ISSUE_RESPONSE_REQUEST_ID, m.requestId())
                    .string(ISSUE_RESPONSE_CERTIFICATE_SERIAL, m.certificateSerial(), strings)
                    .int64(ISSUE_RESPONSE_DOCUMENT_LENGTH, checkDocumentLength(m.documentLength(), limits))
                    .bytes(ISSUE_RESPONSE_DOCUMENT_SHA256, m.documentSha256(), 32)
                    .bytes(ISSUE_RESPONSE_CARD_CERTIFICATE_SHA256, m.cardCertificateSha256(), 32)
                    .int32(ISSUE_RESPONSE_CHUNK_COUNT, m.chunkCount())
                    .bytes(ISSUE_RESPONSE_BINDING_SIGNATURE, m.bindingSignature(), certs)
                    .bytes(ISSUE_RESPONSE_BINDING_CERTIFICATE, m.bindingCertificate(), certs)
                    .bytes(ISSUE_RESPONSE_SEALING_KEY, m.sealingKey(), IssueRequest.MAX_KIOSK_KEY_BYTES);
            // Four field headers, uuid, int32, bool; the data goes to the frame as it is.
            case DocumentChunk m -> new BodyWriter(6 + 16 + 6 + 4 + 6 + 1 + 6)
                    .uuid(DOCUMENT_CHUNK_REQUEST_ID, m.requestId())
                    .int32(DOCUMENT_CHUNK_INDEX, m.index())
                    .bool(DOCUMENT_CHUNK_LAST, m.last())
                    .bytes(DOCUMENT_CHUNK_DATA, RecordArrays.data(m), limits.maxChunkBytes());
            case PrintResult m -> new BodyWriter(32)
                    .uuid(PRINT_RESULT_REQUEST_ID, m.requestId())
                    .int32(PRINT_RESULT_OUTCOME, m.outcome().code());
            case PrintAck m -> new BodyWriter(22).uuid(PRINT_ACK_REQUEST_ID, m.requestId());
            case ErrorMessage m -> new BodyWriter(64)
                    .int32(ERROR_CODE, m.code().code())
                    .string(ERROR_DETAIL, m.detail(), strings);
        };
    }

    private static long checkDocumentLength(long length, ProtocolLimits limits) {
        if (length > limits.maxDocumentBytes()) {
            throw new IllegalArgumentException(
                    "document of " + length + " bytes exceeds the limit of " + limits.maxDocumentBytes());
        }
        return length;
    }
}
