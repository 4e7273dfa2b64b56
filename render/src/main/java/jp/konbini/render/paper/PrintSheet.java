package jp.konbini.render.paper;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The print data the kiosk prints: a 2-page A4 PDF. Page 1 is the city's front over the copy-evident
 * background (multiplied, so the front's white lets the background through); page 2 is the background
 * with the security panel (scrambled front, latent image, signed code) on white in the middle.
 *
 * <p>The background is two small tile images repeated under clip paths (the outline of 複写, and its
 * complement), not a page-sized raster.
 */
public final class PrintSheet {

    /** Resolution at which the front page is rendered before scrambling and sealing. */
    static final float FRONT_DPI = 100;
    /** Tile: 24 cluster periods, 504 pixels at 600 dpi. */
    static final int TILE_REPEAT = 24;
    static final float PT_PER_600DPI_PX = 72f / 600f;
    /** One 複写 per 170 × 85 pt cell (60 × 30 mm). */
    static final float WORD_CELL_W = 170f;
    static final float WORD_CELL_H = 85f;

    static {
        // Decode the city's page images in memory. ImageIO's default file cache writes temporary files (the hub
        // writes nothing but logs) and registers a JVM shutdown hook per image stream, which throws once shutdown
        // has begun: a hub draining its requests on SIGTERM could not make their print data.
        ImageIO.setUseCache(false);
    }

    private PrintSheet() {
    }

    /** The result: the print PDF and the front image that was sealed (for logs of ids only, and tests). */
    public record Printed(byte[] pdf, Gray sealedFront) {
    }

    /**
     * Builds the print data for one certificate.
     *
     * @param frontPdf the city's certificate (its first page is the front)
     * @param serial the certificate serial (derives the scramble key; goes in the code)
     * @param masterScrambleKey the hub's master scramble key
     * @param signer the issuing city's seal key
     * @param profile the printer profile the background is tone-compensated for
     */
    public static Printed compose(byte[] frontPdf, String serial, byte[] masterScrambleKey, SealSigner signer,
            PrinterProfile profile) throws IOException {
        try (PDDocument front = Loader.loadPDF(frontPdf); PDDocument out = new PDDocument()) {
            if (front.getNumberOfPages() < 1) {
                throw new IOException("the certificate has no page");
            }
            BufferedImage frontImage = new PDFRenderer(front).renderImageWithDPI(0, FRONT_DPI, ImageType.GRAY);
            Gray sealedFront = ScrambleImage.frontOf(frontImage);
            byte[] seal = signer.sign(serial, sealedFront);
            Gray panel = BackPanel.compose(sealedFront, ScrambleKey.derive(masterScrambleKey, serial), seal);

            CopyEvidentBackground design = CopyEvidentBackground.compensatedFor(profile);
            PDImageXObject fine = LosslessFactory.createFromImage(out, bilevel(repeat(design.fineTile(), TILE_REPEAT)));
            PDImageXObject cluster = LosslessFactory.createFromImage(out, bilevel(repeat(design.clusterTile(), TILE_REPEAT)));
            Shape words = CopyEvidentBackground.wordOutline(PaperFont.get(), PDRectangle.A4.getWidth(),
                    PDRectangle.A4.getHeight(), WORD_CELL_W, WORD_CELL_H);

            PDPage page1 = new PDPage(PDRectangle.A4);
            out.addPage(page1);
            PDFormXObject frontForm = new LayerUtility(out).importPageAsForm(front, 0);
            try (PDPageContentStream cs = new PDPageContentStream(out, page1)) {
                drawBackground(cs, fine, cluster, words);
                cs.saveGraphicsState();
                PDExtendedGraphicsState multiply = new PDExtendedGraphicsState();
                multiply.setBlendMode(BlendMode.MULTIPLY);
                cs.setGraphicsStateParameters(multiply);
                PDRectangle box = front.getPage(0).getMediaBox();
                float s = Math.min(PDRectangle.A4.getWidth() / box.getWidth(), PDRectangle.A4.getHeight() / box.getHeight());
                cs.transform(new org.apache.pdfbox.util.Matrix(s, 0, 0, s, 0, 0));
                cs.drawForm(frontForm);
                cs.restoreGraphicsState();
            }

            PDPage page2 = new PDPage(PDRectangle.A4);
            out.addPage(page2);
            PDImageXObject panelImage = LosslessFactory.createFromImage(out, panel.toImage());
            float pw = BackLayout.WIDTH * 72f / BackLayout.DPI;
            float ph = BackLayout.HEIGHT * 72f / BackLayout.DPI;
            float px = (PDRectangle.A4.getWidth() - pw) / 2;
            float py = (PDRectangle.A4.getHeight() - ph) / 2;
            try (PDPageContentStream cs = new PDPageContentStream(out, page2)) {
                drawBackground(cs, fine, cluster, words);
                cs.setNonStrokingColor(1f);
                cs.addRect(px - 6, py - 6, pw + 12, ph + 12);
                cs.fill();
                cs.drawImage(panelImage, px, py, pw, ph);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return new Printed(bytes.toByteArray(), sealedFront);
        }
    }

    private static void drawBackground(PDPageContentStream cs, PDImageXObject fine, PDImageXObject cluster, Shape words)
            throws IOException {
        float w = PDRectangle.A4.getWidth();
        float h = PDRectangle.A4.getHeight();
        cs.saveGraphicsState();
        cs.addRect(0, 0, w, h);
        addPath(cs, words, h);
        cs.clipEvenOdd();
        tile(cs, fine, w, h);
        cs.restoreGraphicsState();
        cs.saveGraphicsState();
        addPath(cs, words, h);
        cs.clipEvenOdd();
        tile(cs, cluster, w, h);
        cs.restoreGraphicsState();
    }

    private static void tile(PDPageContentStream cs, PDImageXObject image, float w, float h) throws IOException {
        float side = image.getWidth() * PT_PER_600DPI_PX;
        for (float y = 0; y < h; y += side) {
            for (float x = 0; x < w; x += side) {
                cs.drawImage(image, x, y, side, side);
            }
        }
    }

    /** Appends a shape given with y pointing down to the current path, flipped into PDF's y-up space. */
    private static void addPath(PDPageContentStream cs, Shape shape, float pageHeight) throws IOException {
        PathIterator it = shape.getPathIterator(new AffineTransform(1, 0, 0, -1, 0, pageHeight));
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // PDF has only cubic curves: raise the quadratic's degree.
                    cs.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cs.closePath();
            }
            it.next();
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

    static BufferedImage bilevel(Gray g) {
        BufferedImage img = new BufferedImage(g.width(), g.height(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                img.setRGB(x, y, g.get(x, y) < 0.5f ? 0xff000000 : 0xffffffff);
            }
        }
        return img;
    }
}
