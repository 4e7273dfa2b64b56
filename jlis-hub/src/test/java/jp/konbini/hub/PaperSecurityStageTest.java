package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.konbini.crypto.Digests;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.render.paper.PrinterProfile;
import jp.konbini.render.paper.SpecimenFront;
import org.junit.jupiter.api.Test;

class PaperSecurityStageTest {

    private static final byte[] CARD_SHA = new byte[32];

    private static IssueResponse cityResponse(byte[] document) {
        return new IssueResponse(UUID.randomUUID(), "R08-052019-000042", document.length, Digests.sha256(document),
                CARD_SHA, 1, new byte[0]);
    }

    @Test
    void theCitysCertificateBecomesTheTwoPagePrintDataUnderTheSameRequest() throws Exception {
        var g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        PaperSettings settings = new PaperSettings(new byte[32], g.generateKeyPair(), PrinterProfile.OFFICE_LASER);
        byte[] front = SpecimenFront.pdf("架空　花子");
        IssueResponse city = cityResponse(front);
        try (PaperSecurityStage stage = new PaperSecurityStage(Optional.of(settings))) {
            PaperSecurityStage.Print print = stage.apply(city, front,
                    List.of(new DocumentChunk(city.requestId(), 0, true, front)), 16L << 20).get(60, TimeUnit.SECONDS);
            IssueResponse r = print.response();
            assertThat(r.requestId()).isEqualTo(city.requestId());
            assertThat(r.certificateSerial()).isEqualTo(city.certificateSerial());
            assertThat(r.cardCertificateSha256()).isEqualTo(CARD_SHA);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            print.chunks().forEach(c -> joined.writeBytes(c.data()));
            byte[] pdf = joined.toByteArray();
            assertThat(pdf).startsWith("%PDF".getBytes()).isNotEqualTo(front);
            assertThat(r.documentLength()).isEqualTo(pdf.length);
            assertThat(r.documentSha256()).isEqualTo(Digests.sha256(pdf));
            assertThat(r.chunkCount()).isEqualTo(print.chunks().size());
            assertThat(print.chunks().getLast().last()).isTrue();
            assertThat(print.chunks()).allSatisfy(c -> assertThat(c.data().length).isLessThanOrEqualTo(PaperSecurityStage.CHUNK_BYTES));
            assertThat(DocumentBinding.checkDocument(r, pdf)).isEmpty();
        }
    }

    @Test
    void withoutPaperKeysTheDocumentGoesAsItCame() throws Exception {
        byte[] doc = "%PDF-1.7 test".getBytes();
        IssueResponse city = cityResponse(doc);
        List<DocumentChunk> chunks = List.of(new DocumentChunk(city.requestId(), 0, true, doc));
        PaperSecurityStage.Print print = PaperSecurityStage.OFF.apply(city, doc, chunks, 1 << 20).get();
        assertThat(print.response()).isSameAs(city);
        assertThat(print.chunks()).containsExactlyElementsOf(chunks);
    }

    @Test
    void printDataLargerThanTheDocumentLimitIsRefused() throws Exception {
        var g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        PaperSettings settings = new PaperSettings(new byte[32], g.generateKeyPair(), PrinterProfile.OFFICE_LASER);
        byte[] front = SpecimenFront.pdf("架空　花子");
        IssueResponse city = cityResponse(front);
        try (PaperSecurityStage stage = new PaperSecurityStage(Optional.of(settings))) {
            var future = stage.apply(city, front, List.of(), 1000);
            assertThat(future).failsWithin(60, TimeUnit.SECONDS);
        }
    }
}
