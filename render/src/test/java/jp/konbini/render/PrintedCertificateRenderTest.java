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
        CertificateRenderer.Rendered rendered = RENDERER.render(certificate(5, Optional.of(seal)));
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1).isEqualTo(rendered.pages());
            assertThat(new PDFTextStripper().getText(document).strip()).isEmpty();
            assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
    }

    @Test
    void eachPageIsA300DpiBilevelImageOfAFewTensOfKilobytes() throws IOException {
        List<PageImage> pages = ImageDocument.read(RENDERER.render(certificate(30, Optional.empty())).pdf());
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.width()).isEqualTo(2480);
            assertThat(p.height()).isEqualTo(3508);
            assertThat(p.flate().length).isLessThan(120 * 1024);
        });
    }

    @Test
    void aLongBodyRunsOverSeveralPagesAndOnlyTheLastCarriesTheCertification() throws IOException {
        CertificateRenderer.Rendered rendered = RENDERER.render(certificate(80, Optional.empty()));
        List<PageImage> pages = ImageDocument.read(rendered.pdf());
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3).hasSize(rendered.pages());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(CertificateRenderer.showsSeal(pages.get(i))).as("page %d of %d", i + 1, pages.size())
                    .isEqualTo(i == pages.size() - 1);
        }
    }

    @Test
    void theRecordSaysOnHowManyPagesItWasDrawn() {
        assertThat(certificate(2, Optional.empty()).asText(3).lines()).contains("pages\t3");
        assertThat(certificate(2, Optional.empty()).asText().lines()).noneMatch(l -> l.startsWith("pages"));
    }

    @Test
    void renderingsAtTheSameTimeEachGiveTheirOwnResidentsPages() throws Exception {
        PrintedCertificate a = certificate(12, Optional.empty());
        PrintedCertificate b = new PrintedCertificate("住民票の写し", a.sections().reversed(), Optional.empty(),
                a.certification(), "横手市", "052035", "横手市長　試験　市長", "052035-20261201-000002", a.issueDate());
        byte[] aloneA = RENDERER.render(a).pdf();
        byte[] aloneB = RENDERER.render(b).pdf();
        assertThat(aloneA).isNotEqualTo(aloneB);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                PrintedCertificate c = i % 2 == 0 ? a : b;
                byte[] expected = i % 2 == 0 ? aloneA : aloneB;
                same.add(pool.submit(() -> java.util.Arrays.equals(RENDERER.render(c).pdf(), expected)));
            }
            for (java.util.concurrent.Future<Boolean> f : same) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingFontFileIsSaidAtConstruction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CertificateRenderer(java.nio.file.Path.of(
                "/nonexistent/ipaexm.ttf"))).isInstanceOf(FontNotFoundException.class).hasMessageContaining("/nonexistent");
    }
}
