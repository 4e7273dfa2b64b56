package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Records holding bytes: immutable, compared by content, and silent about content in logs. */
class MessageRecordsTest {

    private static final UUID ID = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    private static final byte[] NONCE = new byte[32];

    @Test
    void documentChunksAreEqualByContent() {
        DocumentChunk a = new DocumentChunk(ID, 0, true, new byte[] {1, 2, 3});
        DocumentChunk b = new DocumentChunk(ID, 0, true, new byte[] {1, 2, 3});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new DocumentChunk(ID, 0, true, new byte[] {1, 2, 4}));
    }

    @Test
    void aDocumentChunkNeverPrintsTheDocument() {
        byte[] document = "住民票 山田太郎".getBytes(StandardCharsets.UTF_8);

        String text = new DocumentChunk(ID, 2, false, document).toString();

        assertThat(text).contains("index=2", "<" + document.length + " bytes>").doesNotContain("山田", "[B@");
    }

    @Test
    void anIssueRequestPrintsSizesNotCertificateOrSignature() {
        IssueRequest request = issueRequest(new byte[] {0x30, 0x42}, new byte[] {0x7A});

        assertThat(request.toString())
                .contains("kioskId=kiosk-1", "cityCode=052019", "cardCertificate=<2 bytes>", "signature=<1 bytes>")
                .doesNotContain("[B@", "48, 66");
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] data = {1, 2, 3};
        DocumentChunk chunk = new DocumentChunk(ID, 0, true, data);

        data[0] = 9;
        chunk.data()[1] = 9;

        assertThat(chunk.data()).containsExactly(1, 2, 3);
    }

    @Test
    void noncesAndDigestsHaveTheirFixedSize() {
        assertThatThrownBy(() -> new Challenge(new byte[31], 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IssueResponse(ID, "s", 0, new byte[32], new byte[20], 0, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIssueRequestAsksForAtLeastOneCopy() {
        assertThatThrownBy(() -> new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.JUMINHYO, 0, 0,
                new byte[0], new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRecordNamesItsType() {
        assertThat(new Hello(1, 1, "n").type()).isEqualTo(MessageType.HELLO);
        assertThat(new Ping(1).type()).isEqualTo(MessageType.PING);
        assertThat(new Pong(1).type()).isEqualTo(MessageType.PONG);
        assertThat(new ChallengeRequest("k", "052019").type()).isEqualTo(MessageType.CHALLENGE_REQUEST);
        assertThat(new Challenge(NONCE, 0).type()).isEqualTo(MessageType.CHALLENGE);
        assertThat(issueRequest(new byte[0], new byte[0]).type()).isEqualTo(MessageType.ISSUE_REQUEST);
        assertThat(new IssueResponse(ID, "s", 0, NONCE, NONCE, 0, new byte[0]).type())
                .isEqualTo(MessageType.ISSUE_RESPONSE);
        assertThat(new DocumentChunk(ID, 0, true, new byte[0]).type()).isEqualTo(MessageType.DOCUMENT_CHUNK);
        assertThat(new PrintResult(ID, PrintOutcome.PRINTED).type()).isEqualTo(MessageType.PRINT_RESULT);
        assertThat(new PrintAck(ID).type()).isEqualTo(MessageType.PRINT_ACK);
        assertThat(new ErrorMessage(ErrorCode.BUSY, "").type()).isEqualTo(MessageType.ERROR);
    }

    static IssueRequest issueRequest(byte[] cardCertificate, byte[] signature) {
        return new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.JUMINHYO, 0, 1, cardCertificate,
                signature);
    }
}
