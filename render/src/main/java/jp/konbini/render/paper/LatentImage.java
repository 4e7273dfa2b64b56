package jp.konbini.render.paper;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * 偽造防止検出画像, the latent image: a 45° line screen (lines every 16 pixels along x at 300 dpi, 4 pixels
 * wide, light grey) whose phase flips by half a period inside a hidden shape. Both areas have the same tone, so the eye
 * sees an even grey; multiplying by the reference grating (a software decoder film) shows the shape. The
 * lines are light enough that a copier's threshold drops them, and with them the shape.
 */
public final class LatentImage {

    public static final int PERIOD = 16;
    public static final int LINE = 4;
    /**
     * The lines' luminance: light enough that, after a printer's dot gain and a copier's optics, they stay
     * above a text-mode copier's threshold (≤ 0.5), and dark enough that a grey-scale scan still shows
     * them through JPEG and a scanner set 15% too bright.
     */
    public static final float LINE_TONE = 0.72f;
    /** The hidden shape. */
    public static final String SHAPE = "証";
    /** Outside this inset the panel is always outside the shape: the viewer's phase reference. */
    public static final int BORDER = 60;

    private LatentImage() {
    }

    /** The hidden shape as a mask over a {@code size × size} panel. */
    public static boolean[] mask(int size) {
        java.awt.Font font = PaperFont.get().deriveFont((float) (size * 0.7));
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = scratch.createGraphics();
        Shape glyph = font.createGlyphVector(g.getFontRenderContext(), SHAPE).getOutline();
        g.dispose();
        Rectangle2D b = glyph.getBounds2D();
        double inner = size - 2.0 * BORDER - 20;
        double s = inner / Math.max(b.getWidth(), b.getHeight());
        AffineTransform at = AffineTransform.getTranslateInstance(size / 2.0, size / 2.0);
        at.scale(s, s);
        at.translate(-b.getCenterX(), -b.getCenterY());
        return CopyEvidentBackground.mask(at.createTransformedShape(glyph), size, size);
    }

    /** The line screen over a {@code size × size} panel with the shape in {@code mask}. */
    public static Gray screen(int size, boolean[] mask) {
        Gray g = Gray.white(size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int shift = mask[y * size + x] ? PERIOD / 2 : 0;
                if (Math.floorMod(x + y + shift, PERIOD) < LINE) {
                    g.set(x, y, LINE_TONE);
                }
            }
        }
        return g;
    }
}
