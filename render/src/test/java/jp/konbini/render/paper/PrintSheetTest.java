package jp.konbini.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class PrintSheetTest {

    @Test
    void thePrintDataIsTwoA4PagesWhoseBackDecodesToTheFront() throws Exception {
        PrintSheet.Printed printed = PrintSheet.compose(SpecimenFront.pdf("架空　花子"), "R08-052019-000100",
                PaperFixtures.F.master(), PaperFixtures.SIGNER, PrinterProfile.OFFICE_LASER);
        try (PDDocument doc = Loader.loadPDF(printed.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            Gray back = Gray.of(new PDFRenderer(doc).renderImageWithDPI(1, 300, ImageType.GRAY));
            BackReading reading = PaperFixtures.F.decoder().read(back, Optional.of("R08-052019-000100"));
            assertThat(reading).isInstanceOfSatisfying(BackReading.Decoded.class, d -> {
                assertThat(d.seal()).isInstanceOf(SealVerdict.Genuine.class);
                assertThat(ImageQuality.ssim(d.front(), printed.sealedFront())).isGreaterThan(0.9);
            });
        }
    }

    /** A hub draining on SIGTERM still makes print data: no ImageIO file cache, whose streams need shutdown hooks. */
    @Test
    void makingPrintDataDecodesImagesInMemoryWithoutACacheFile() throws Exception {
        PrintSheet.compose(SpecimenFront.pdf("架空　花子"), "R08-052019-000101", PaperFixtures.F.master(),
                PaperFixtures.SIGNER, PrinterProfile.OFFICE_LASER);

        assertThat(ImageIO.getUseCache()).isFalse();
    }
}
