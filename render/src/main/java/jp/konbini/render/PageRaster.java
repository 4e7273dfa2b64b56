package jp.konbini.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.zip.Deflater;
import jp.konbini.render.pdf.Flate;

/**
 * One A4 page drawn straight into a 300 dpi bilevel raster, the usual form of a certificate image: fine enough
 * for 7-point kanji on a 600 dpi copier, and drawn once — no vector document rendered and rasterised again.
 * The raster's memory is the packed bits of {@link PageImage} (1 = paper, 0 = ink, most significant bit first).
 */
final class PageRaster {
    static final int DPI = 300;
    static final int WIDTH = (int) Math.round(ImageDocument.A4_WIDTH_PT / 72 * DPI);
    static final int HEIGHT = (int) Math.round(ImageDocument.A4_HEIGHT_PT / 72 * DPI);
    /**
     * Zlib's fastest level: a text page compresses to about 40 KB at 3 ms, where the default level halves
     * that at more than twice the CPU (measured, BENCHMARKS.md).
     */
    static final int COMPRESSION = Deflater.BEST_SPEED;

    private final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);

    PageRaster() {
        Arrays.fill(bits(), (byte) 0xff);
    }

    /** A graphics context in PDF points (72 a inch) from the top-left corner, without anti-aliasing: bilevel ink. */
    Graphics2D graphics() {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        // Fractional advances: text widths measured for fitting are the widths drawn.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(DPI / 72.0, DPI / 72.0);
        return g;
    }

    /** The page, encoded once. */
    PageImage encode() {
        return new PageImage(WIDTH, HEIGHT, Flate.deflate(bits(), COMPRESSION));
    }

    private byte[] bits() {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
