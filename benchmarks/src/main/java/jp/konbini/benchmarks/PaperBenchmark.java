package jp.konbini.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jp.konbini.benchmarks.legacy.LegacyCertificateRenderer;
import jp.konbini.benchmarks.legacy.LegacyPrintSheet;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.ImageDocument;
import jp.konbini.render.JapaneseFont;
import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.paper.PrintDataCheck;
import jp.konbini.render.paper.PrintSheet;
import jp.konbini.render.paper.PrinterProfile;
import jp.konbini.render.paper.SealSigner;
import jp.konbini.render.paper.SealVerifier;
import jp.konbini.render.paper.TrustedSealKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The document pipeline before and after its rewrite (9d7e3fc), in the same run: the old code is a copy of what
 * a01907a ran ({@link jp.konbini.benchmarks.legacy}), the new is the render module.
 *
 * <ul>
 *   <li><b>hub</b>, paper security per certificate: {@code hubOld1Page} is the old {@code PrintSheet.compose} on the
 *       old city document (1-page 住民票 as the old city made it: a 200 dpi RGB JPEG page image in a PDF); it
 *       rasterised page 0 at 100 dpi and rebuilt background tiles, the 複写 outline and every encoding per
 *       certificate, and printed one sheet whatever the page count. {@code hubNew1Page} / {@code hubNew3Pages} are
 *       {@link PrintSheet#compose} (one copy) on the new city documents of 1 and 3 pages: a sheet per page, so
 *       per sheet is per op / pages. The new {@link PrintSheet} is built once in the state's setup, as the hub
 *       does at start-up; {@code hubNewStartUp} measures that construction on its own.</li>
 *   <li><b>city</b>, rendering a 1-page 住民票 from its structured record: {@code cityOld1Page} draws the vector PDF
 *       with PDFBox, rasterises it at 200 dpi RGB and encodes a JPEG page PDF; {@code cityNew1Page} is
 *       {@link CertificateRenderer#render}, 300 dpi bilevel rasters drawn directly, Flate.</li>
 * </ul>
 *
 * Output sizes (city documents, print data per sheet) and a check that every print file reads back: run
 * {@link #main}. On this shared machine compare CPU time per op ({@code -prof jp.konbini.benchmarks.CpuTimeProfiler}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 2, jvmArgsAppend = "-Djava.awt.headless=true")
public class PaperBenchmark {

    static final PrinterProfile PROFILE = PrinterProfile.OFFICE_LASER;

    /** The hub's keys: a master scramble key and the city's seal key, fixed for the run. */
    @State(Scope.Benchmark)
    public static class Keys {
        byte[] master;
        SealSigner signer;
        KeyPair sealKeys;

        @Setup
        public void setUp() throws GeneralSecurityException {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(7);
            master = new byte[32];
            random.nextBytes(master);
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            sealKeys = g.generateKeyPair();
            signer = new SealSigner(sealKeys);
        }
    }

    /** The old city's 1-page document, made once by the old renderer. */
    @State(Scope.Benchmark)
    public static class OldHub {
        byte[] cityPdf;

        @Setup
        public void setUp() {
            cityPdf = new LegacyCertificateRenderer(font()).render(Juminhyo.of(2));
        }
    }

    /** The new city's documents of 1 and 3 pages, and the hub's print sheet built once. */
    @State(Scope.Benchmark)
    public static class NewHub {
        byte[] cityPdf1;
        byte[] cityPdf3;
        PrintSheet sheets;

        @Setup
        public void setUp(Keys keys) {
            CertificateRenderer renderer = new CertificateRenderer(font());
            cityPdf1 = pages(renderer.render(Juminhyo.of(2)), 1);
            cityPdf3 = pages(renderer.render(Juminhyo.of(7)), 3);
            sheets = new PrintSheet(PROFILE, keys.master, keys.signer);
        }
    }

    @State(Scope.Benchmark)
    public static class OldCity {
        LegacyCertificateRenderer renderer;
        PrintedCertificate certificate;

        @Setup
        public void setUp() {
            renderer = new LegacyCertificateRenderer(font());
            certificate = Juminhyo.of(2);
        }
    }

    @State(Scope.Benchmark)
    public static class NewCity {
        CertificateRenderer renderer;
        PrintedCertificate certificate;

        @Setup
        public void setUp() {
            renderer = new CertificateRenderer(font());
            certificate = Juminhyo.of(2);
        }
    }

    @Benchmark
    public byte[] hubOld1Page(OldHub city, Keys keys) throws IOException {
        return LegacyPrintSheet.compose(city.cityPdf, Juminhyo.SERIAL, keys.master, keys.signer, PROFILE).pdf();
    }

    @Benchmark
    public byte[] hubNew1Page(NewHub hub) throws IOException {
        return hub.sheets.compose(hub.cityPdf1, Juminhyo.SERIAL, 1).pdf();
    }

    @Benchmark
    public byte[] hubNew3Pages(NewHub hub) throws IOException {
        return hub.sheets.compose(hub.cityPdf3, Juminhyo.SERIAL, 1).pdf();
    }

    @Benchmark
    public PrintSheet hubNewStartUp(Keys keys) {
        return new PrintSheet(PROFILE, keys.master, keys.signer);
    }

    @Benchmark
    public byte[] cityOld1Page(OldCity city) {
        return city.renderer.render(city.certificate);
    }

    @Benchmark
    public byte[] cityNew1Page(NewCity city) {
        return city.renderer.render(city.certificate).pdf();
    }

    static Path font() {
        return JapaneseFont.locate(Optional.empty());
    }

    private static byte[] pages(CertificateRenderer.Rendered rendered, int expected) {
        if (rendered.pages() != expected) {
            throw new IllegalStateException("the 住民票 has " + rendered.pages() + " pages, not " + expected);
        }
        return rendered.pdf();
    }

    /**
     * The output sizes, old and new, and a check of what the benchmarks produce: the old print data is 2 PDF
     * pages, the new 2 per sheet, every new sheet genuine by {@link PrintDataCheck}.
     */
    public static void main(String[] args) throws Exception {
        Keys keys = new Keys();
        keys.setUp();
        PrintedCertificate one = Juminhyo.of(2);
        byte[] oldCity = new LegacyCertificateRenderer(font()).render(one);
        CertificateRenderer renderer = new CertificateRenderer(font());
        byte[] newCity1 = pages(renderer.render(one), 1);
        byte[] newCity3 = pages(renderer.render(Juminhyo.of(7)), 3);
        byte[] oldPrint = LegacyPrintSheet.compose(oldCity, Juminhyo.SERIAL, keys.master, keys.signer, PROFILE).pdf();
        long t0 = System.nanoTime();
        PrintSheet sheets = new PrintSheet(PROFILE, keys.master, keys.signer);
        long startUp = System.nanoTime() - t0;
        byte[] newPrint1 = sheets.compose(newCity1, Juminhyo.SERIAL, 1).pdf();
        byte[] newPrint3 = sheets.compose(newCity3, Juminhyo.SERIAL, 1).pdf();

        PrintDataCheck check = new PrintDataCheck(keys.master,
                new SealVerifier(List.of(new TrustedSealKey("秋田市", keys.sealKeys.getPublic(), true))));
        for (byte[] print : List.of(newPrint1, newPrint3)) {
            PrintDataCheck.Report report = check.check(print);
            if (!report.whole()) {
                throw new IllegalStateException("new print data does not check: " + report);
            }
        }
        System.out.printf("city document, 1-page 住民票: old %,d B (%d PDF page, 200 dpi RGB JPEG q0.85), "
                + "new %,d B (%d page, 300 dpi bilevel Flate; %,d B for the 3-page one, %,d B a page)%n",
                oldCity.length, pdfPages(oldCity), newCity1.length, ImageDocument.read(newCity1).size(), newCity3.length,
                newCity3.length / 3);
        System.out.printf("print data per sheet: old %,d B (%d PDF pages), new %,d B on the 1-page document "
                + "(%d PDF pages), %,d B on the 3-page one (%,d B, %d PDF pages, in all)%n",
                oldPrint.length, pdfPages(oldPrint), newPrint1.length, pdfPages(newPrint1), newPrint3.length / 3,
                newPrint3.length, pdfPages(newPrint3));
        System.out.printf("new PrintSheet start-up, first construction in a cold JVM: %.1f ms wall%n", startUp / 1e6);
    }

    private static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
