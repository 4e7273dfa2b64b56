package jp.konbini.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.JapaneseFont;
import jp.konbini.render.PrintedCertificate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrintSheetTest {
    private static final String SERIAL = "052019-20261201-000100";
    private static PrintSheet sheets;
    private static PrintDataCheck check;
    /** A certificate of three pages, drawn as the city draws it. */
    private static byte[] threePages;

    @BeforeAll
    static void startUp() {
        sheets = new PrintSheet(PrinterProfile.OFFICE_LASER, PaperFixtures.F.master(), PaperFixtures.SIGNER);
        check = new PrintDataCheck(PaperFixtures.F.master(), PaperFixtures.VERIFIER);
        List<PrintedCertificate.Item> items = IntStream.range(0, 75)
                .mapToObj(i -> new PrintedCertificate.Item("項目" + i, "秋田市山王一丁目" + i + "番" + i + "号")).toList();
        threePages = new CertificateRenderer(JapaneseFont.locate(Optional.empty())).render(new PrintedCertificate(
                "住民票の写し", List.of(new PrintedCertificate.Section("", items)), Optional.empty(),
                "この写しは、世帯全員の住民票の原本と相違ないことを証明する。", "秋田市", "052019", "秋田市長　試験　市長",
                SERIAL, LocalDate.of(2026, 12, 1))).pdf();
    }

    @Test
    void eachPageOfTheCertificateIsASheetWhoseBackDecodesToItsOwnFront() throws Exception {
        PrintSheet.Printed printed = sheets.compose(threePages, SERIAL, 1);
        assertThat(printed.sheets()).hasSize(3);
        try (PDDocument doc = Loader.loadPDF(printed.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(6);
            assertThat(doc.getPage(5).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.01f));
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int sheet = 0; sheet < 3; sheet++) {
                Gray back = Gray.of(renderer.renderImageWithDPI(2 * sheet + 1, 300, ImageType.GRAY));
                BackReading reading = PaperFixtures.F.decoder().read(back, Optional.of(SERIAL));
                PrintSheet.Sheet expected = printed.sheets().get(sheet);
                int page = sheet + 1;
                assertThat(reading).as("back of sheet %d", page).isInstanceOfSatisfying(BackReading.Decoded.class, d -> {
                    assertThat(d.seal()).isInstanceOf(SealVerdict.Genuine.class);
                    assertThat(d.payload().page()).isEqualTo(page);
                    assertThat(d.payload().pages()).isEqualTo(3);
                    assertThat(ImageQuality.ssim(d.front(), expected.sealedFront())).isGreaterThan(0.9);
                });
            }
        }
    }

    @Test
    void everySheetOfTheFileIsGenuineAndInPageOrder() throws Exception {
        PrintDataCheck.Report report = check.check(sheets.compose(threePages, SERIAL, 1).pdf());
        assertThat(report.whole()).isTrue();
        assertThat(report.serial()).contains(SERIAL);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.copies()).isEqualTo(1);
        assertThat(report.sheets()).extracting(s -> ((PrintDataCheck.SheetResult.Genuine) s).payload().pageLabel())
                .containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void copiesAreTheWholeCertificateAgainSharingItsImages() throws Exception {
        byte[] one = sheets.compose(threePages, SERIAL, 1).pdf();
        byte[] three = sheets.compose(threePages, SERIAL, 3).pdf();
        PrintDataCheck.Report report = check.check(three);
        assertThat(report.whole()).isTrue();
        assertThat(report.copies()).isEqualTo(3);
        assertThat(report.sheets()).hasSize(9);
        assertThat(three.length).isLessThan(one.length + 4096);
    }

    @Test
    void aSheetIsAFewHundredKilobytesAtMost() throws Exception {
        byte[] pdf = sheets.compose(threePages, SERIAL, 1).pdf();
        assertThat(pdf.length / 3).isLessThan(300 * 1024);
    }

    @Test
    void aBackGluedToAnotherPageOfTheSameCertificateIsRefused() throws Exception {
        byte[] glued;
        try (PDDocument doc = Loader.loadPDF(sheets.compose(threePages, SERIAL, 1).pdf())) {
            PDResources backOfPage2 = doc.getPage(3).getResources();
            doc.getPage(3).setResources(doc.getPage(1).getResources());
            doc.getPage(1).setResources(backOfPage2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            glued = out.toByteArray();
        }
        PrintDataCheck.Report report = check.check(glued);
        assertThat(report.whole()).isFalse();
        assertThat(report.sheets().get(0)).isInstanceOfSatisfying(PrintDataCheck.SheetResult.Refused.class,
                r -> assertThat(r.reason()).contains("page 2/3"));
        assertThat(report.sheets().get(2)).isInstanceOf(PrintDataCheck.SheetResult.Genuine.class);
    }

    @Test
    void aCityDocumentThatIsNotPageImagesIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sheets.compose("%PDF-1.7 nothing".getBytes(), SERIAL, 1))
                .isInstanceOf(java.io.IOException.class);
    }
}
