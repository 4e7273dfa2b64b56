package jp.konbini.protocol.codec;

/**
 * TLV tag numbers, per message type (a tag means something only within its type). The critical bit is part of
 * the number: v1 defines no critical tags, so that range stays free for future fields an older peer must not
 * ignore. Never reuse or renumber a tag; PROTOCOL.md lists the same table.
 */
final class Tags {

    /** Set on tags a receiver must understand; an unknown critical tag makes the message invalid. */
    static final int CRITICAL = 0x8000;

    static final int HELLO_MIN_VERSION = 0x0001;
    static final int HELLO_MAX_VERSION = 0x0002;
    static final int HELLO_NODE_ID = 0x0003;

    static final int PING_TOKEN = 0x0001;
    static final int PONG_TOKEN = 0x0001;

    static final int GOAWAY_LAST_STREAM_ID = 0x0001;
    static final int GOAWAY_DETAIL = 0x0002;

    static final int CHALLENGE_REQUEST_KIOSK_ID = 0x0001;
    static final int CHALLENGE_REQUEST_CITY_CODE = 0x0002;

    static final int CHALLENGE_NONCE = 0x0001;
    static final int CHALLENGE_EXPIRES_AT = 0x0002;

    static final int ISSUE_REQUEST_REQUEST_ID = 0x0001;
    static final int ISSUE_REQUEST_CHALLENGE_NONCE = 0x0002;
    static final int ISSUE_REQUEST_KIOSK_ID = 0x0003;
    static final int ISSUE_REQUEST_CITY_CODE = 0x0004;
    static final int ISSUE_REQUEST_CERTIFICATE_TYPE = 0x0005;
    static final int ISSUE_REQUEST_OPTIONS = 0x0006;
    static final int ISSUE_REQUEST_COPIES = 0x0007;
    static final int ISSUE_REQUEST_CARD_CERTIFICATE = 0x0008;
    static final int ISSUE_REQUEST_SIGNATURE = 0x0009;
    /** Critical: a hub that ignored it would send the print data in clear through the relay. */
    static final int ISSUE_REQUEST_KIOSK_KEY = 0x800A;

    static final int ISSUE_RESPONSE_REQUEST_ID = 0x0001;
    static final int ISSUE_RESPONSE_CERTIFICATE_SERIAL = 0x0002;
    static final int ISSUE_RESPONSE_DOCUMENT_LENGTH = 0x0003;
    static final int ISSUE_RESPONSE_DOCUMENT_SHA256 = 0x0004;
    static final int ISSUE_RESPONSE_CARD_CERTIFICATE_SHA256 = 0x0005;
    static final int ISSUE_RESPONSE_CHUNK_COUNT = 0x0006;
    static final int ISSUE_RESPONSE_BINDING_SIGNATURE = 0x0007;
    /** Critical: a kiosk that ignored it would take ciphertext for the document. */
    static final int ISSUE_RESPONSE_SEALING_KEY = 0x8008;
    static final int ISSUE_RESPONSE_BINDING_CERTIFICATE = 0x0009;

    static final int DOCUMENT_CHUNK_REQUEST_ID = 0x0001;
    static final int DOCUMENT_CHUNK_INDEX = 0x0002;
    static final int DOCUMENT_CHUNK_LAST = 0x0003;
    static final int DOCUMENT_CHUNK_DATA = 0x0004;

    static final int PRINT_RESULT_REQUEST_ID = 0x0001;
    static final int PRINT_RESULT_OUTCOME = 0x0002;

    static final int PRINT_ACK_REQUEST_ID = 0x0001;

    static final int ERROR_CODE = 0x0001;
    static final int ERROR_DETAIL = 0x0002;

    private Tags() {
    }
}
