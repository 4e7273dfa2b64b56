package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import jp.konbini.crypto.BindingCertificates;
import jp.konbini.crypto.BindingSignatures;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.NodeIdentity;
import jp.konbini.crypto.PrintSealing;
import jp.konbini.crypto.Role;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import org.junit.jupiter.api.Test;

/** What leaves the hub towards the kiosk: ciphertext only the asking kiosk opens, under the hub's signature. */
class PrintSealTest {
    static final byte[] CARD = "card certificate of resident A".getBytes(StandardCharsets.UTF_8);

    final KeyPair kiosk = PrintSealing.oneTimeKey();
    final IssueRequest request = new IssueRequest(UUID.randomUUID(), new byte[32], "kiosk-0001", "052019",
            CertificateType.JUMINHYO, 0, 1, CARD, new byte[] {1}, PrintSealing.encode(kiosk.getPublic()));
    final NodeIdentity hub = HubTestPki.node("hub-1");

    static byte[] print(int size) {
        byte[] p = new byte[size];
        byte[] marker = "%PDF-1.7 resident A".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            p[i] = marker[i % marker.length];
        }
        return p;
    }

    static IssueResponse cityAnswer(IssueRequest request, byte[] document) {
        return new IssueResponse(request.requestId(), "052019-20261127-000001", document.length,
                Digests.sha256(document), Digests.sha256(request.cardCertificate()), 1, new byte[0]);
    }

    @Test
    void the_print_data_is_chunked_sealed_and_opened_only_by_the_kiosk_that_asked() throws Exception {
        byte[] print = print(200_000);
        PrintSeal.Sealed sealed = PrintSeal.seal(request, cityAnswer(request, print), print, hub, 64 * 1024);
        IssueResponse r = sealed.response();

        assertThat(r.chunkCount()).isEqualTo(sealed.chunks().size()).isEqualTo(4);
        assertThat(sealed.chunks()).allSatisfy(c -> {
            assertThat(c.data().length).isLessThanOrEqualTo(64 * 1024);
            assertThat(new String(c.data(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("resident");
        });
        assertThat(sealed.chunks().getLast().last()).isTrue();
        PrintSealing.Opener opener = PrintSealing.openerFor(kiosk.getPrivate(), r.sealingKey(), request.requestId());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (DocumentChunk c : sealed.chunks()) {
            joined.writeBytes(opener.open(c.index(), c.last(), c.data()));
        }
        assertThat(joined.toByteArray()).isEqualTo(print);
        assertThat(r.documentLength()).isEqualTo(print.length);
        assertThat(r.documentSha256()).isEqualTo(Digests.sha256(print));
    }

    @Test
    void the_header_is_signed_by_the_hub_for_this_kiosk_key_only() throws Exception {
        byte[] print = print(1000);
        IssueResponse r = PrintSeal.seal(request, cityAnswer(request, print), print, hub, 64 * 1024).response();
        X509Certificate signer = BindingCertificates.issuedFor(r.bindingCertificate(), HubTestPki.networkRoot(),
                Role.HUB, Instant.now()).orElseThrow();

        assertThat(BindingSignatures.verify(signer, r.bindingContent(request.kioskKey()), r.bindingSignature())).isTrue();
        byte[] otherKiosk = PrintSealing.encode(PrintSealing.oneTimeKey().getPublic());
        assertThat(BindingSignatures.verify(signer, r.bindingContent(otherKiosk), r.bindingSignature())).isFalse();
        assertThat(r.cardCertificateSha256()).isEqualTo(Digests.sha256(CARD));
    }

    @Test
    void a_sealed_chunk_stays_within_a_smaller_chunk_limit() throws Exception {
        byte[] print = print(10_000);
        PrintSeal.Sealed sealed = PrintSeal.seal(request, cityAnswer(request, print), print, hub, 1024);

        assertThat(sealed.chunks()).allSatisfy(c -> assertThat(c.data().length).isLessThanOrEqualTo(1024));
        assertThat(Arrays.stream(sealed.chunks().toArray(DocumentChunk[]::new)).mapToInt(c -> c.data().length).sum())
                .isEqualTo(print.length + sealed.chunks().size() * PrintSealing.TAG_BYTES);
    }
}
