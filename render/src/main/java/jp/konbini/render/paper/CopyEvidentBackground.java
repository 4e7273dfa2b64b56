package jp.konbini.render.paper;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;

/**
 * けん制文字: the copy-evident background. Lone 1-pixel dots, two in every {@code finePitch} square
 * (600 dpi, 22% nominal cover), outside the word 複写; square clusters every {@code clusterPitch} pixels
 * of the same printed tone inside it. To the eye both look equal; a
 * copier's optics and threshold erase the lone dots and keep the clusters, so 複写 appears on a copy
 * (the big-dot/little-dot void pantograph of US5171040).
 *
 * <p>The cluster is chosen per {@link PrinterProfile}: a square of {@code clusterSize} pixels plus
 * {@code extraPixels} more, whichever printed tone comes closest to the lone dots' printed tone.
 */
public record CopyEvidentBackground(int finePitch, int clusterPitch, int clusterSize, int extraPixels) {

    /** The word that appears on a copy. */
    public static final String WORD = "複写";

    public CopyEvidentBackground {
        if (finePitch < 2 || clusterPitch < clusterSize + 2 || clusterSize < 1 || extraPixels < 0 || extraPixels > clusterSize) {
            throw new IllegalArgumentException("invalid background design");
        }
    }

    /** The design whose clusters print at the lone dots' tone on this printer. */
    public static CopyEvidentBackground compensatedFor(PrinterProfile profile) {
        int finePitch = 3;
        int clusterPitch = 21;
        double target = printedTone(tile(finePitch, clusterPitch, 0, 0, false), profile);
        CopyEvidentBackground best = null;
        double bestDiff = Double.MAX_VALUE;
        for (int size = 2; size <= clusterPitch - 3; size++) {
            for (int extra = 0; extra <= size; extra++) {
                if (size * size + extra >= clusterPitch * clusterPitch / 2) {
                    continue;
                }
                double tone = printedTone(tile(finePitch, clusterPitch, size, extra, true), profile);
                double diff = Math.abs(tone - target);
                if (diff < bestDiff) {
                    bestDiff = diff;
                    best = new CopyEvidentBackground(finePitch, clusterPitch, size, extra);
                }
            }
        }
        return best;
    }

    private static double printedTone(Gray tile, PrinterProfile profile) {
        // Three by three tiles so the Gaussian sees its neighbours, then the centre tile's mean.
        int w = tile.width();
        Gray big = Gray.white(3 * w, 3 * w);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                big.paste(tile, i * w, j * w);
            }
        }
        Gray printed = profile.print(big).crop(w, w, w, w);
        double s = 0;
        for (float v : printed.px()) {
            s += v;
        }
        return s / printed.px().length;
    }

    /**
     * One tile of the pattern (600 dpi, luminance): lone dots, or clusters when {@code word} is set.
     * The tile is {@code clusterPitch} square; the fine pitch must divide it.
     */
    static Gray tile(int finePitch, int clusterPitch, int size, int extra, boolean word) {
        Gray g = Gray.white(clusterPitch, clusterPitch);
        if (!word) {
            for (int y = 0; y < clusterPitch; y += finePitch) {
                for (int x = 0; x < clusterPitch; x += finePitch) {
                    g.set(x, y, 0f);
                    g.set(x + 1, y + 2, 0f);
                }
            }
            return g;
        }
        int o = (clusterPitch - size) / 2;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                g.set(o + x, o + y, 0f);
            }
        }
        for (int i = 0; i < extra; i++) {
            g.set(o + i, o + size, 0f);
        }
        return g;
    }

    public Gray fineTile() {
        return tile(finePitch, clusterPitch, clusterSize, extraPixels, false);
    }

    public Gray clusterTile() {
        return tile(finePitch, clusterPitch, clusterSize, extraPixels, true);
    }

    /** The background at 600 dpi over {@code mask}: clusters where the mask is set, lone dots elsewhere. */
    public Gray raster(int width, int height, boolean[] mask) {
        Gray fine = fineTile();
        Gray cluster = clusterTile();
        Gray out = Gray.white(width, height);
        int p = clusterPitch;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                Gray t = mask[y * width + x] ? cluster : fine;
                out.px()[y * width + x] = t.get(x % p, y % p);
            }
        }
        return out;
    }

    /**
     * The outline of 複写 repeated across a {@code width × height} area (any unit), one word per
     * {@code cellWidth × cellHeight} cell, y pointing down. Both the PDF clip and the simulation use it.
     */
    public static Shape wordOutline(java.awt.Font font, double width, double height, double cellWidth, double cellHeight) {
        java.awt.Font sized = font.deriveFont((float) (cellHeight * 0.6));
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = scratch.createGraphics();
        Shape glyphs = sized.createGlyphVector(g.getFontRenderContext(), WORD).getOutline();
        g.dispose();
        java.awt.geom.Rectangle2D b = glyphs.getBounds2D();
        Area all = new Area();
        Area word = new Area(glyphs);
        int row = 0;
        for (double y = 0; y < height; y += cellHeight, row++) {
            double shift = row % 2 == 0 ? 0 : -cellWidth / 2;
            for (double x = shift; x < width; x += cellWidth) {
                AffineTransform at = AffineTransform.getTranslateInstance(
                        x + (cellWidth - b.getWidth()) / 2 - b.getX(), y + (cellHeight - b.getHeight()) / 2 - b.getY());
                all.add(word.createTransformedArea(at));
            }
        }
        all.intersect(new Area(new java.awt.geom.Rectangle2D.Double(0, 0, width, height)));
        return all;
    }

    /** Rasterises a shape into a mask (pixel centres inside the shape). */
    public static boolean[] mask(Shape shape, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fill(shape);
        g.dispose();
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        boolean[] mask = new boolean[width * height];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = (data[i] & 0xff) > 127;
        }
        return mask;
    }
}
