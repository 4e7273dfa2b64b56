package jp.konbini.render.paper;

import static jp.konbini.render.paper.BackLayout.CODE_X;
import static jp.konbini.render.paper.BackLayout.FRONT_H;
import static jp.konbini.render.paper.BackLayout.FRONT_W;
import static jp.konbini.render.paper.BackLayout.ROW_SIZE;
import static jp.konbini.render.paper.BackLayout.ROW_Y;
import static jp.konbini.render.paper.BackLayout.SCALE;
import static jp.konbini.render.paper.BackLayout.SCRAMBLE_X;
import static jp.konbini.render.paper.BackLayout.SCRAMBLE_Y;
import static jp.konbini.render.pdf.PdfWriter.num;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import jp.konbini.render.ImageDocument;
import jp.konbini.render.PageImage;
import jp.konbini.render.pdf.Flate;
import jp.konbini.render.pdf.PdfWriter;

/**
 * The print data the kiosk prints: for every page of the city's certificate, one sheet of two A4 pages. The
 * front is the city's page image over the copy-evident background (the page image is a stencil, so the
 * background shows through its paper); the back is the background with the security panel on white in the
 * middle: the scramble image of that sheet's own front, the latent image and a signed code naming the serial
 * and the page and binding that page's image. The sheets come in page order, and the whole certificate once
 * for every copy asked for.
 *
 * <p>What does not depend on the certificate is made once, when the hub starts: the background (tiles, the
 * outline of 複写, its drawing), the panel's markers, strip and latent image, all already encoded. Per sheet only
 * the scramble image and the code are made; the city's page image is copied as it came, never re-encoded.
 */
public final class PrintSheet {

    /** Background tile: 24 cluster periods, 504 pixels at 600 dpi. */
    static final int TILE_REPEAT = 24;
    static final double PT_PER_600DPI_PX = 72.0 / 600.0;
    static final double PT_PER_PANEL_PX = 72.0 / BackLayout.DPI;
    /** One 複写 per 170 × 85 pt cell (60 × 30 mm). */
    static final float WORD_CELL_W = 170f;
    static final float WORD_CELL_H = 85f;
    /** The scramble image is mostly paper: zlib's fastest level gets most of the saving. */
    static final int SHEET_COMPRESSION = Deflater.BEST_SPEED;
    /** Copies a kiosk may ask for (the city refuses more). */
    public static final int MAX_COPIES = 10;
    /** Paper white around the panel, in points. */
    static final double PANEL_MARGIN = 6;

    private static final double W = ImageDocument.A4_WIDTH_PT;
    private static final double H = ImageDocument.A4_HEIGHT_PT;
    private static final double PANEL_W = BackLayout.WIDTH * PT_PER_PANEL_PX;
    private static final double PANEL_H = BackLayout.HEIGHT * PT_PER_PANEL_PX;
    private static final double PANEL_X = (W - PANEL_W) / 2;
    private static final double PANEL_Y = (H - PANEL_H) / 2;
    /** Names of the XObjects in every page's resources; {@link PrintData} reads them back. */
    static final String BACKGROUND = "BG";
    static final String FRONT = "F";
    static final String PANEL = "PB";
    static final String SCRAMBLE = "S";
    static final String CODE = "C";

    private final byte[] master;
    private final SealSigner signer;
    private final Invariant invariant;

    /**
     * @param profile the printer profile the background is tone-compensated for
     * @param masterScrambleKey the hub's master scramble key
     * @param signer the issuing city's seal key
     */
    public PrintSheet(PrinterProfile profile, byte[] masterScrambleKey, SealSigner signer) {
        if (masterScrambleKey.length < 32) {
            throw new IllegalArgumentException("the master scramble key must be at least 32 bytes");
        }
        this.master = masterScrambleKey.clone();
        this.signer = signer;
        this.invariant = Invariant.of(profile);
    }

    /** The result: the print PDF, and each sheet of one copy in page order (for tests and benchmarks; never logged). */
    public record Printed(byte[] pdf, List<Sheet> sheets) {
    }

    /** One sheet: the city's page on its front, the front as scrambled, and the code's payload. */
    public record Sheet(PageImage front, Gray sealedFront, SealPayload payload) {
    }

    /**
     * Builds the print data for one certificate.
     *
     * @param cityDocument the city's document: one page image per page ({@link ImageDocument})
     * @param serial the certificate serial (with the page, derives each sheet's scramble key; goes in the code)
     * @param copies how many whole copies the kiosk prints, 1 to {@link #MAX_COPIES}
     * @throws IOException when the document is not page images within limits
     */
    public Printed compose(byte[] cityDocument, String serial, int copies) throws IOException {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies " + copies);
        }
        List<PageImage> pages = ImageDocument.read(cityDocument);
        if (pages.size() > SealPayload.MAX_PAGES) {
            throw new IOException("the certificate has more pages than a sheet's code can number");
        }
        List<SheetParts> parts = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            parts.add(sheet(pages.get(i), serial, i + 1, pages.size()));
        }
        return new Printed(write(parts, copies), parts.stream().map(SheetParts::sheet).toList());
    }

    /** What one sheet needs of its own: everything here depends on the page. */
    private SheetParts sheet(PageImage page, String serial, int number, int pages) throws IOException {
        Gray front = ScrambleImage.frontOf(page.bits(), page.width(), page.height());
        byte[] hash = FrontHash.of(front);
        byte[] digest = page.digest();
        byte[] seal = signer.sign(serial, number, pages, digest, hash);
        ScrambleKey.Scramble scramble = ScrambleKey.derive(master, serial, number).scramble(ScrambleImage.blocks());
        byte[] scrambled = Flate.deflate(ScrambleImage.scrambledSamples(front, scramble), SHEET_COMPRESSION);
        byte[] code = Flate.deflate(SealCode.drawBits(seal, ROW_SIZE), SHEET_COMPRESSION);
        SealPayload payload = new SealPayload(serial, number, pages, digest, hash, signer.keyId());
        return new SheetParts(new Sheet(page, front, payload), scrambled, code);
    }

    private record SheetParts(Sheet sheet, byte[] scrambled, byte[] code) {
    }

    private byte[] write(List<SheetParts> sheets, int copies) {
        int size = invariant.bytes() + sheets.stream()
                .mapToInt(s -> s.sheet().front().flate().length + s.scrambled().length + s.code().length + 2048).sum();
        PdfWriter pdf = new PdfWriter(size + copies * sheets.size() * 600);
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int background = invariant.writeBackground(pdf);
        int panel = pdf.reserve();
        pdf.stream(panel, Invariant.PANEL_DICTIONARY, invariant.panel());
        int frontContent = pdf.reserve();
        pdf.stream(frontContent, "<<>>", Invariant.FRONT_CONTENT);
        int backContent = pdf.reserve();
        pdf.stream(backContent, "<<>>", Invariant.BACK_CONTENT);
        List<String> frontResources = new ArrayList<>();
        List<String> backResources = new ArrayList<>();
        for (SheetParts s : sheets) {
            PageImage page = s.sheet().front();
            int front = pdf.reserve();
            pdf.stream(front, "<</Type/XObject/Subtype/Image/Width " + page.width() + "/Height " + page.height()
                    + "/ImageMask true/BitsPerComponent 1/Decode[0 1]/Filter/FlateDecode>>", page.flate());
            int scrambled = pdf.reserve();
            pdf.stream(scrambled, "<</Type/XObject/Subtype/Image/Width " + FRONT_W + "/Height " + FRONT_H
                    + "/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode>>", s.scrambled());
            int code = pdf.reserve();
            pdf.stream(code, "<</Type/XObject/Subtype/Image/Width " + ROW_SIZE + "/Height " + ROW_SIZE
                    + "/ColorSpace/DeviceGray/BitsPerComponent 1/Filter/FlateDecode>>", s.code());
            frontResources.add("<</XObject<</" + BACKGROUND + " " + background + " 0 R/" + FRONT + " " + front + " 0 R>>>>");
            backResources.add("<</XObject<</" + BACKGROUND + " " + background + " 0 R/" + PANEL + " " + panel + " 0 R/"
                    + SCRAMBLE + " " + scrambled + " 0 R/" + CODE + " " + code + " 0 R>>>>");
        }
        StringBuilder kids = new StringBuilder();
        String box = "/MediaBox[0 0 " + num(W) + " " + num(H) + "]";
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < sheets.size(); i++) {
                int frontPage = pdf.reserve();
                pdf.object(frontPage, "<</Type/Page/Parent " + tree + " 0 R" + box + "/Resources " + frontResources.get(i)
                        + "/Contents " + frontContent + " 0 R>>");
                int backPage = pdf.reserve();
                pdf.object(backPage, "<</Type/Page/Parent " + tree + " 0 R" + box + "/Resources " + backResources.get(i)
                        + "/Contents " + backContent + " 0 R>>");
                kids.append(frontPage).append(" 0 R ").append(backPage).append(" 0 R ");
            }
        }
        pdf.object(tree, "<</Type/Pages/Kids[" + kids.toString().strip() + "]/Count " + 2 * copies * sheets.size() + ">>");
        pdf.object(catalog, "<</Type/Catalog/Pages " + tree + " 0 R>>");
        return pdf.finish(catalog);
    }

    /** Everything of the print data that is the same for every certificate, encoded once. */
    private record Invariant(byte[] backgroundContent, byte[] fineTile, byte[] clusterTile, int tilePixels, byte[] panel) {
        static final byte[] FRONT_CONTENT = ascii("q /" + BACKGROUND + " Do Q q 0 g " + num(W) + " 0 0 " + num(H)
                + " 0 0 cm /" + FRONT + " Do Q");
        static final byte[] BACK_CONTENT = ascii("q /" + BACKGROUND + " Do Q q 1 g "
                + num(PANEL_X - PANEL_MARGIN) + " " + num(PANEL_Y - PANEL_MARGIN) + " " + num(PANEL_W + 2 * PANEL_MARGIN)
                + " " + num(PANEL_H + 2 * PANEL_MARGIN) + " re f Q "
                + place(PANEL, 0, 0, BackLayout.WIDTH, BackLayout.HEIGHT)
                + place(SCRAMBLE, SCRAMBLE_X, SCRAMBLE_Y, FRONT_W * SCALE, FRONT_H * SCALE)
                + place(CODE, CODE_X, ROW_Y, ROW_SIZE, ROW_SIZE));
        /** The panel's three tones: paper, the latent image's lines, ink. */
        static final String PANEL_DICTIONARY = "<</Type/XObject/Subtype/Image/Width " + BackLayout.WIDTH + "/Height "
                + BackLayout.HEIGHT + "/ColorSpace[/Indexed/DeviceGray 2<FF" + String.format("%02X",
                Math.round(LatentImage.LINE_TONE * 255)) + "00>]/BitsPerComponent 2/Filter/FlateDecode>>";

        static Invariant of(PrinterProfile profile) {
            CopyEvidentBackground design = CopyEvidentBackground.compensatedFor(profile);
            Gray fine = repeat(design.fineTile(), TILE_REPEAT);
            Gray cluster = repeat(design.clusterTile(), TILE_REPEAT);
            java.awt.Shape words = CopyEvidentBackground.wordOutline(PaperFont.get(), W, H, WORD_CELL_W, WORD_CELL_H);
            String wordPath = PdfPath.of(words, H);
            double side = fine.width() * PT_PER_600DPI_PX;
            String content = "q 0 0 " + num(W) + " " + num(H) + " re " + wordPath + "W* n " + tiles("T0", side)
                    + "Q q " + wordPath + "W* n " + tiles("T1", side) + "Q";
            return new Invariant(Flate.deflate(ascii(content), Deflater.BEST_COMPRESSION),
                    Flate.deflate(Bilevel.pack(fine), Deflater.BEST_COMPRESSION),
                    Flate.deflate(Bilevel.pack(cluster), Deflater.BEST_COMPRESSION), fine.width(),
                    Flate.deflate(panelSamples(BackPanel.base()), Deflater.BEST_COMPRESSION));
        }

        int bytes() {
            return backgroundContent.length + fineTile.length + clusterTile.length + panel.length + 4096;
        }

        /** The background form and its two tiles; the form's object number. */
        int writeBackground(PdfWriter pdf) {
            int fineObject = pdf.reserve();
            int clusterObject = pdf.reserve();
            int form = pdf.reserve();
            String tile = "<</Type/XObject/Subtype/Image/Width " + tilePixels + "/Height " + tilePixels
                    + "/ColorSpace/DeviceGray/BitsPerComponent 1/Filter/FlateDecode>>";
            pdf.stream(fineObject, tile, fineTile);
            pdf.stream(clusterObject, tile, clusterTile);
            pdf.stream(form, "<</Type/XObject/Subtype/Form/BBox[0 0 " + num(W) + " " + num(H) + "]/Resources<</XObject<</T0 "
                    + fineObject + " 0 R/T1 " + clusterObject + " 0 R>>>>/Filter/FlateDecode>>", backgroundContent);
            return form;
        }

        private static String tiles(String name, double side) {
            StringBuilder out = new StringBuilder();
            for (double y = 0; y < H; y += side) {
                for (double x = 0; x < W; x += side) {
                    out.append("q ").append(num(side)).append(" 0 0 ").append(num(side)).append(' ').append(num(x))
                            .append(' ').append(num(y)).append(" cm /").append(name).append(" Do Q ");
                }
            }
            return out.toString();
        }

        /** The operators that draw a named image over panel pixels {@code [x, x+w) × [y, y+h)}. */
        private static String place(String name, int x, int y, int w, int h) {
            return "q " + num(w * PT_PER_PANEL_PX) + " 0 0 " + num(h * PT_PER_PANEL_PX) + " "
                    + num(PANEL_X + x * PT_PER_PANEL_PX) + " " + num(PANEL_Y + PANEL_H - (y + h) * PT_PER_PANEL_PX)
                    + " cm /" + name + " Do Q ";
        }

        /** The panel's common part as 2-bit indexes into {@link #PANEL_DICTIONARY}'s palette. */
        private static byte[] panelSamples(Gray base) {
            int stride = (base.width() * 2 + 7) / 8;
            byte[] out = new byte[stride * base.height()];
            for (int y = 0; y < base.height(); y++) {
                for (int x = 0; x < base.width(); x++) {
                    float v = base.get(x, y);
                    int index = v > 0.9f ? 0 : v > 0.3f ? 1 : 2;
                    out[y * stride + x / 4] |= (byte) (index << (6 - 2 * (x % 4)));
                }
            }
            return out;
        }
    }

    static Gray repeat(Gray tile, int times) {
        Gray out = Gray.white(tile.width() * times, tile.height() * times);
        for (int y = 0; y < times; y++) {
            for (int x = 0; x < times; x++) {
                out.paste(tile, x * tile.width(), y * tile.height());
            }
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
