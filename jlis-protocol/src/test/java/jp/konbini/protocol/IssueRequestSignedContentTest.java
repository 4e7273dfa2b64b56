package jp.konbini.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the card signs covers every field but the signature (its exact bytes are checked against PROTOCOL.md). */
class IssueRequestSignedContentTest {

    private static final UUID ID = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    private static final byte[] NONCE = new byte[32];
    private static final byte[] CERT = {0x30, 0x03, 0x02, 0x01, 0x01};

    private final IssueRequest unsigned = new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.INKAN,
            0, 1, CERT, new byte[0]);

    @Test
    void signingDoesNotChangeWhatWasSigned() {
        IssueRequest signed = unsigned.withSignature(new byte[] {1, 2, 3});

        assertThat(signed.signedContent()).isEqualTo(unsigned.signedContent());
        assertThat(signed.signature()).containsExactly(1, 2, 3);
        assertThat(signed).isNotEqualTo(unsigned);
    }

    @Test
    void changingAnyOtherFieldChangesWhatIsSigned() {
        byte[] otherNonce = NONCE.clone();
        otherNonce[31] = 1;
        List<IssueRequest> others = List.of(
                new IssueRequest(UUID.randomUUID(), NONCE, "kiosk-1", "052019", CertificateType.INKAN, 0, 1, CERT, new byte[0]),
                new IssueRequest(ID, otherNonce, "kiosk-1", "052019", CertificateType.INKAN, 0, 1, CERT, new byte[0]),
                new IssueRequest(ID, NONCE, "kiosk-2", "052019", CertificateType.INKAN, 0, 1, CERT, new byte[0]),
                new IssueRequest(ID, NONCE, "kiosk-1", "052035", CertificateType.INKAN, 0, 1, CERT, new byte[0]),
                new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.JUMINHYO, 0, 1, CERT, new byte[0]),
                new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.INKAN, 1, 1, CERT, new byte[0]),
                new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.INKAN, 0, 2, CERT, new byte[0]),
                new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.INKAN, 0, 1, new byte[] {0x30}, new byte[0]));

        for (IssueRequest other : others) {
            assertThat(other.signedContent()).as(other.toString()).isNotEqualTo(unsigned.signedContent());
        }
    }

    @Test
    void lengthPrefixesKeepNeighbouringStringsApart() {
        IssueRequest a = new IssueRequest(ID, NONCE, "kiosk-10", "52019", CertificateType.INKAN, 0, 1, CERT, new byte[0]);
        IssueRequest b = new IssueRequest(ID, NONCE, "kiosk-1", "052019", CertificateType.INKAN, 0, 1, CERT, new byte[0]);

        assertThat(a.signedContent()).isNotEqualTo(b.signedContent());
    }

    @Test
    void startsWithMagicLayoutVersionAndType() {
        assertThat(unsigned.signedContent()).startsWith(0x4A, 0x4C, 0x49, 0x53, 0x02, 0x20);
    }
}
