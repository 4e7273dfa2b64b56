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
    void theCitysCertificateBecomesOtherPrintData() throws Exception {
        var g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        PaperSettings settings = new PaperSettings(new byte[32], g.generateKeyPair(), PrinterProfile.OFFICE_LASER);
        byte[] front = SpecimenFront.pdf("架空　花子");
        IssueResponse city = cityResponse(front);
        try (PaperSecurityStage stage = new PaperSecurityStage(Optional.of(settings))) {
            byte[] pdf = stage.apply(city, front, 1, 16L << 20).get(60, TimeUnit.SECONDS);
            assertThat(pdf).startsWith("%PDF".getBytes()).isNotEqualTo(front);
        }
    }

    @Test
    void everyCopyTheKioskAskedForIsInThePrintData() throws Exception {
        var g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        PaperSettings settings = new PaperSettings(new byte[32], g.generateKeyPair(), PrinterProfile.OFFICE_LASER);
        byte[] front = SpecimenFront.pdf("架空　花子");
        try (PaperSecurityStage stage = new PaperSecurityStage(Optional.of(settings))) {
            byte[] print = stage.apply(cityResponse(front), front, 3, 16L << 20).get(60, TimeUnit.SECONDS);
            // one sheet (front and back) for the one page, three times
            assertThat(jp.konbini.render.paper.PrintData.read(print)).hasSize(3);
        }
    }

    @Test
    void withoutPaperKeysTheDocumentGoesAsItCame() throws Exception {
        byte[] doc = "%PDF-1.7 test".getBytes();
        IssueResponse city = cityResponse(doc);
        assertThat(PaperSecurityStage.OFF.apply(city, doc, 1, 1 << 20).get()).isSameAs(doc);
    }

    @Test
    void printDataLargerThanTheDocumentLimitIsRefused() throws Exception {
        var g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        PaperSettings settings = new PaperSettings(new byte[32], g.generateKeyPair(), PrinterProfile.OFFICE_LASER);
        byte[] front = SpecimenFront.pdf("架空　花子");
        IssueResponse city = cityResponse(front);
        try (PaperSecurityStage stage = new PaperSecurityStage(Optional.of(settings))) {
            var future = stage.apply(city, front, 1, 1000);
            assertThat(future).failsWithin(60, TimeUnit.SECONDS);
        }
    }
}
