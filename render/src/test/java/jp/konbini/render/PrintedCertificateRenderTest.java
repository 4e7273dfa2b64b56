package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The page-image PDF: no extractable text, page numbers when the body runs over a page. */
class PrintedCertificateRenderTest {
    private static final CertificateRenderer RENDERER = new CertificateRenderer(JapaneseFont.locate(Optional.empty()));

    private static PrintedCertificate certificate(int rows, Optional<byte[]> image) {
        List<PrintedCertificate.Item> items = IntStream.range(0, rows)
                .mapToObj(i -> new PrintedCertificate.Item("項目" + i, "値" + i)).toList();
        return new PrintedCertificate("印鑑登録証明書", List.of(new PrintedCertificate.Section("", items)), image,
                "この写しは、登録されている印影と相違ないことを証明する。", "秋田市", "052019", "秋田市長　久保田　誠",
                "052019-20261201-000001", LocalDate.of(2026, 12, 1));
    }

    @Test
    void aCertificateIsPageImagesWithoutText() throws IOException {
        byte[] seal = new SealImpression(JapaneseFont.locate(Optional.empty())).png("佐藤");
        byte[] pdf = RENDERER.render(certificate(5, Optional.of(seal)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).strip()).isEmpty();
            assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
    }

    @Test
    void aLongBodyRunsOverSeveralPages() throws IOException {
        byte[] pdf = RENDERER.render(certificate(80, Optional.empty()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theRecordListsWhatIsPrinted() {
        PrintedCertificate c = certificate(2, Optional.empty());
        assertThat(c.value("項目1")).contains("値1");
        assertThat(c.texts()).contains("印鑑登録証明書", "令和8年12月1日", "項目0", "値0");
    }

    @Test
    void theRecordAsTextHasOneFactALineInPrintOrder() {
        PrintedCertificate c = new PrintedCertificate("住民票の写し", List.of(
                new PrintedCertificate.Section("", List.of(new PrintedCertificate.Item("住所", "秋田市山王一丁目1番1号"))),
                new PrintedCertificate.Section("", List.of(new PrintedCertificate.Item("氏名", "佐藤 花子"),
                        new PrintedCertificate.Item("前住所", "a\tb\nc\\d")))), Optional.of(new byte[] {1, 2, 3}),
                "この写しは、世帯全員の住民票の原本と相違ないことを証明する。", "秋田市", "052019", "秋田市長　久保田　誠",
                "052019-20261201-000001", LocalDate.of(2026, 12, 1));

        List<String> lines = c.asText().lines().toList();

        assertThat(lines).containsExactly(
                "title\t住民票の写し",
                "serial\t052019-20261201-000001",
                "issued\t令和8年12月1日",
                "city\t秋田市\t052019",
                "mayor\t秋田市長　久保田　誠",
                "certification\tこの写しは、世帯全員の住民票の原本と相違ないことを証明する。",
                "image\tsha256:039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81",
                "section\t",
                "item\t住所\t秋田市山王一丁目1番1号",
                "section\t",
                "item\t氏名\t佐藤 花子",
                "item\t前住所\ta\\tb\\nc\\\\d");
    }
}
