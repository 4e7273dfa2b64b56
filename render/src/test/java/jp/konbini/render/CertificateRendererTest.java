package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

    private static CertificateRenderer renderer;

    @BeforeAll
    static void parseTheFontOnce() {
        renderer = new CertificateRenderer(JapaneseFont.locate(Optional.empty()));
    }

    @Test
    void theCopyShowsTheHouseholdAndEveryItemOfEachPerson() throws IOException {
        String text = text(renderer.renderJuminhyo(SyntheticHousehold.ofSize(3)));

        assertThat(text).contains("住民票の写し", SyntheticHousehold.ADDRESS, "世帯主", "試験 太郎",
                "シケン タロウ", "試験 花子", "シケン ハナコ", "試験 子2",
                "昭和50年4月1日", "男", "女", "妻",
                "住民となった年月日", "平成22年6月15日", "住所を定めた年月日", "届出日", "平成22年6月20日",
                "前住所", "秋田県横手市中央町8番2号");
    }

    @Test
    void theLastPageCertifiesWithDateMayorAndSerial() throws IOException {
        String text = text(renderer.renderJuminhyo(SyntheticHousehold.ofSize(2)));

        assertThat(text).contains("この写しは、世帯全員の住民票の原本と相違ないことを証明する。",
                "令和8年11月27日", "秋田市長　試験　市長", "R08-052019-000001", "1/1");
    }

    @Test
    void anAddressTooLongForItsBoxIsNarrowedNotCutOff() throws IOException {
        String longAddress = "秋田県由利本荘市" + "大字".repeat(30) + "尾崎17番地";
        JuminhyoCertificate household = SyntheticHousehold.ofSize(1);
        JuminhyoPerson head = household.persons().get(0);
        JuminhyoCertificate movedFromFarAway = new JuminhyoCertificate(household.cityName(), household.cityCode(),
                household.mayorTitleAndName(), household.certificateSerial(), household.issueDate(),
                household.address(), household.householdHeadName(),
                List.of(new JuminhyoPerson(head.name(), head.nameKana(), head.dateOfBirth(), head.sex(),
                        head.relationship(), head.becameResidentOn(), head.addressSetOn(), head.addressNotifiedOn(),
                        longAddress)));

        assertThat(text(renderer.renderJuminhyo(movedFromFarAway)).replaceAll("\\s", "")).contains(longAddress);
    }

    @Test
    void isA4WithTheIpaexFontEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.renderJuminhyo(SyntheticHousehold.ofSize(2)))) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("IPAexMincho");
            });
        }
    }

    @Test
    void twelvePersonsRunToTwoNumberedPages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.renderJuminhyo(SyntheticHousehold.ofSize(12)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(pdf, 1)).contains("1/2", "住民票の写し", SyntheticHousehold.ADDRESS)
                    .doesNotContain("相違ないことを証明する");
            assertThat(pageText(pdf, 2)).contains("2/2", "住民票の写し", "試験 子11", "相違ないことを証明する");
        }
    }

    @Test
    void theSameCertificateFromTwoThreadsAtOnceGivesIdenticalPages() throws Exception {
        JuminhyoCertificate certificate = SyntheticHousehold.ofSize(12);
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<byte[]> render = () -> {
            start.await();
            return renderer.renderJuminhyo(certificate);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> first = threads.submit(render);
            Future<byte[]> second = threads.submit(render);

            assertThat(text(second.get())).isEqualTo(text(first.get()));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void householdsRenderedConcurrentlyNeverShowAnotherHouseholdsPeople() throws Exception {
        String[][] families = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"伊藤", "イトウ"}};
        CyclicBarrier start = new CyclicBarrier(families.length);
        ExecutorService threads = Executors.newFixedThreadPool(families.length);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (String[] family : families) {
                results.add(threads.submit(() -> {
                    start.await();
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        texts.add(text(renderer.renderJuminhyo(
                                SyntheticHousehold.ofSize(4, family[0], family[1], family[0] + i))));
                    }
                    return texts;
                }));
            }
            for (int f = 0; f < families.length; f++) {
                for (String text : results.get(f).get()) {
                    assertThat(text).contains(families[f][0] + " 太郎", families[f][1] + " ハナコ");
                    for (int other = 0; other < families.length; other++) {
                        if (other != f) {
                            assertThat(text).doesNotContain(families[other][0]);
                        }
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String text(byte[] pdfBytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
