package jp.konbini.protocol.codec;

import static jp.konbini.protocol.codec.Wire.body;
import static jp.konbini.protocol.codec.Wire.field;
import static jp.konbini.protocol.codec.Wire.int32;
import static jp.konbini.protocol.codec.Wire.int64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.PrintOutcome;
import jp.konbini.protocol.PrintResult;
import jp.konbini.protocol.ProtocolLimits;
import org.junit.jupiter.api.Test;

/** The TLV rules of PROTOCOL.md §2, checked on bodies alone. */
class TlvRulesTest {

    private static final ProtocolLimits LIMITS = ProtocolLimits.defaults();
    private static final int PING = MessageType.PING.code();
    private static final int CHALLENGE_REQUEST = MessageType.CHALLENGE_REQUEST.code();
    private static final byte[] TOKEN_7 = field(0x0001, int64(7));

    @Test
    void skipsAnUnknownNonCriticalTag() {
        byte[] body = body(field(0x0042, "new".getBytes(StandardCharsets.US_ASCII)), TOKEN_7);

        assertThat(decode(PING, body)).isEqualTo(new Ping(7));
    }

    @Test
    void refusesAnUnknownCriticalTag() {
        byte[] body = body(TOKEN_7, field(0x8042, new byte[0]));

        assertThat(refusal(PING, body)).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void refusesAKnownTagTwice() {
        assertThat(refusal(PING, body(TOKEN_7, TOKEN_7))).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void refusesAnUnknownTagTwice() {
        byte[] unknown = field(0x0042, new byte[0]);

        assertThat(refusal(PING, body(unknown, TOKEN_7, unknown))).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void refusesAMissingRequiredTag() {
        byte[] kioskOnly = body(field(0x0001, "kiosk-0001".getBytes(StandardCharsets.UTF_8)));

        assertThat(refusal(CHALLENGE_REQUEST, kioskOnly)).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void acceptsFieldsInAnyOrder() {
        byte[] body = body(field(0x0002, utf8("052019")), field(0x0001, utf8("kiosk-0001")));

        assertThat(decode(CHALLENGE_REQUEST, body)).isEqualTo(new ChallengeRequest("kiosk-0001", "052019"));
    }

    @Test
    void refusesATruncatedFieldHeader() {
        byte[] body = body(TOKEN_7, new byte[] {0x00, 0x02, 0x00});

        assertThat(refusal(PING, body)).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void refusesAValueRunningPastTheBody() {
        byte[] body = Arrays.copyOf(TOKEN_7, TOKEN_7.length - 1);

        assertThat(refusal(PING, body)).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void refusesALengthWithTheHighBitSet() {
        byte[] body = body(TOKEN_7, new byte[] {0x00, 0x42, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});

        assertThat(refusal(PING, body)).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void refusesAFixedWidthFieldOfTheWrongSize() {
        assertThat(refusal(PING, body(field(0x0001, int32(7))))).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void refusesAStringOverTheLimit() {
        byte[] body = body(field(0x0001, utf8("k".repeat(LIMITS.maxStringBytes() + 1))), field(0x0002, utf8("052019")));

        assertThat(refusal(CHALLENGE_REQUEST, body)).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void acceptsAStringOfExactlyTheLimit() {
        String kiosk = "k".repeat(LIMITS.maxStringBytes());
        byte[] body = body(field(0x0001, utf8(kiosk)), field(0x0002, utf8("052019")));

        assertThat(decode(CHALLENGE_REQUEST, body)).isEqualTo(new ChallengeRequest(kiosk, "052019"));
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] body = body(field(0x0001, new byte[] {(byte) 0xC3, 0x28}), field(0x0002, utf8("052019")));

        assertThat(refusal(CHALLENGE_REQUEST, body)).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void refusesABooleanOtherThanZeroOrOne() {
        byte[] body = body(
                field(0x0001, new byte[16]),
                field(0x0002, int32(0)),
                field(0x0003, new byte[] {2}),
                field(0x0004, new byte[1]));

        assertThat(refusal(MessageType.DOCUMENT_CHUNK.code(), body)).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void refusesAChunkOverTheLimit() {
        byte[] body = body(
                field(0x0001, new byte[16]),
                field(0x0002, int32(0)),
                field(0x0003, new byte[] {1}),
                field(0x0004, new byte[LIMITS.maxChunkBytes() + 1]));

        assertThat(refusal(MessageType.DOCUMENT_CHUNK.code(), body)).isEqualTo(ErrorCode.BAD_FRAME);
    }

    @Test
    void refusesMoreThanSixtyFourFields() {
        byte[][] fields = new byte[65][];
        fields[0] = TOKEN_7;
        for (int i = 1; i < fields.length; i++) {
            fields[i] = field(0x0100 + i, new byte[0]);
        }

        assertThat(refusal(PING, body(fields))).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void refusesValuesThatBreakTheMessagesOwnRules() {
        byte[] versionsBackwards = body(field(0x0001, int32(2)), field(0x0002, int32(1)), field(0x0003, utf8("n")));

        assertThat(refusal(MessageType.HELLO.code(), versionsBackwards)).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void refusesAnUnknownPrintOutcome() {
        byte[] body = body(field(0x0001, new byte[16]), field(0x0002, int32(3)));

        assertThat(refusal(MessageType.PRINT_RESULT.code(), body)).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void readsAnUnknownErrorCodeAsInternalError() {
        byte[] body = body(field(0x0001, int32(12345)), field(0x0002, utf8("from the future")));

        assertThat(decode(MessageType.ERROR.code(), body))
                .isEqualTo(new ErrorMessage(ErrorCode.INTERNAL_ERROR, "from the future"));
    }

    @Test
    void refusesAnUnknownMessageType() {
        assertThat(refusal(0x55, new byte[0])).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
    }

    @Test
    void theSenderRefusesAFieldOverItsLimit() {
        Message tooLong = new ErrorMessage(ErrorCode.BUSY, "x".repeat(LIMITS.maxStringBytes() + 1));

        assertThatThrownBy(() -> MessageBodies.encode(tooLong, LIMITS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageBodies.encode(tooLong)).isNotEmpty();
    }

    @Test
    void theSenderRefusesALoneSurrogate() {
        Message broken = new ErrorMessage(ErrorCode.BUSY, "\uD800");

        assertThatThrownBy(() -> MessageBodies.encode(broken)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encodesFieldsInAscendingTagOrder() {
        byte[] body = MessageBodies.encode(new PrintResult(SampleMessages.REQUEST_ID, PrintOutcome.PRINT_FAILED));

        assertThat(body).isEqualTo(body(field(0x0001, Wire.hex("6f1e2d3c4b5a49788695a4b3c2d1e0f9")),
                field(0x0002, int32(2))));
    }

    private static Message decode(int type, byte[] body) {
        return MessageBodies.decode(type, body, LIMITS);
    }

    private static ErrorCode refusal(int type, byte[] body) {
        Throwable thrown = catchThrowable(() -> decode(type, body));
        assertThat(thrown).isInstanceOf(MalformedMessageException.class);
        return ((MalformedMessageException) thrown).errorCode();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
