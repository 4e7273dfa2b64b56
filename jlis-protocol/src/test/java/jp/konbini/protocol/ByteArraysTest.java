package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-over that lets the codec skip a record's defensive copy, and only the codec, and only once. */
class ByteArraysTest {

    private static final UUID ID = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");

    @AfterEach
    void forget() {
        ByteArrays.clearHandedOver();
    }

    @Test
    void aRecordKeepsTheVeryArrayThatWasHandedOver() {
        byte[] fresh = {1, 2, 3};
        ByteArrays.handOver(fresh);

        DocumentChunk chunk = new DocumentChunk(ID, 0, true, fresh);
        fresh[0] = 9;

        // Shows the array was kept, not copied: which is why only a caller that drops it may hand it over.
        assertThat(chunk.data()).containsExactly(9, 2, 3);
    }

    @Test
    void anArrayThatWasNotHandedOverIsCopied() {
        ByteArrays.handOver(new byte[] {1, 2, 3});
        byte[] mine = {1, 2, 3};

        DocumentChunk chunk = new DocumentChunk(ID, 0, true, mine);
        mine[0] = 9;

        assertThat(chunk.data()).containsExactly(1, 2, 3);
    }

    @Test
    void aHandedOverArrayIsKeptOnceAndCopiedAfterwards() {
        byte[] fresh = {1, 2, 3};
        ByteArrays.handOver(fresh);
        new DocumentChunk(ID, 0, true, fresh);

        DocumentChunk second = new DocumentChunk(ID, 1, true, fresh);
        fresh[0] = 9;

        assertThat(second.data()).containsExactly(1, 2, 3);
    }

    @Test
    void clearingForgetsWhatWasNotTaken() {
        byte[] fresh = {1, 2, 3};
        ByteArrays.handOver(fresh);
        ByteArrays.clearHandedOver();

        DocumentChunk chunk = new DocumentChunk(ID, 0, true, fresh);
        fresh[0] = 9;

        assertThat(chunk.data()).containsExactly(1, 2, 3);
    }

    @Test
    void anotherThreadCannotTakeWhatThisOneHandedOver() throws InterruptedException {
        byte[] fresh = {1, 2, 3};
        ByteArrays.handOver(fresh);
        DocumentChunk[] built = new DocumentChunk[1];

        Thread other = new Thread(() -> built[0] = new DocumentChunk(ID, 0, true, fresh));
        other.start();
        other.join();
        fresh[0] = 9;

        assertThat(built[0].data()).containsExactly(1, 2, 3);
    }

    @Test
    void aRecordWithSeveralArraysTakesEachOfThem() {
        byte[] nonce = new byte[Challenge.NONCE_LENGTH];
        byte[] certificate = {0x30, 0x03};
        byte[] signature = {0x7A};
        ByteArrays.handOver(certificate);
        ByteArrays.handOver(nonce);
        ByteArrays.handOver(signature);

        IssueRequest request = new IssueRequest(ID, nonce, "kiosk-1", "052019", CertificateType.JUMINHYO, 0, 1,
                certificate, signature);
        nonce[0] = 1;
        certificate[0] = 1;
        signature[0] = 1;

        assertThat(request.challengeNonce()[0]).isEqualTo((byte) 1);
        assertThat(request.cardCertificate()[0]).isEqualTo((byte) 1);
        assertThat(request.signature()[0]).isEqualTo((byte) 1);
    }
}
