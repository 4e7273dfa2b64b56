package jp.konbini.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Drawing primitives for one page: text in the certificate font, ruled lines and images. Coordinates are
 * PDF points from the bottom-left corner, as the layouts are written; {@code y} of text is its baseline.
 */
final class PageCanvas implements AutoCloseable {

    /** Narrowest horizontal scaling (長体) before the font size is reduced instead. */
    private static final float MIN_HORIZONTAL_SCALE = 0.6f;
    /** The context text is measured in: the one it is drawn in, without the page's scale. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, false, true);

    private final Graphics2D g;
    private final Font font;
    private final Map<Float, Font> sized = new HashMap<>();

    PageCanvas(PageRaster page, Font font) {
        this.g = page.graphics();
        this.font = font;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.6f));
    }

    float width(String text, float size) {
        return (float) font(size).getStringBounds(text, MEASURE).getWidth();
    }

    void text(String text, float x, float y, float size) {
        fittedText(text, x, y, size, Float.MAX_VALUE);
    }

    void textCentered(String text, float centreX, float y, float size) {
        text(text, centreX - width(text, size) / 2, y, size);
    }

    void textRight(String text, float rightX, float y, float size) {
        text(text, rightX - width(text, size), y, size);
    }

    /**
     * Text that must stay inside {@code maxWidth}: narrowed like a clerk's 長体 first, then made
     * smaller. Never cut off, because a truncated address would be a wrong certificate.
     */
    void fittedText(String text, float x, float y, float size, float maxWidth) {
        if (text == null || text.isBlank()) {
            return;
        }
        float natural = width(text, size);
        float scale = natural <= maxWidth ? 1f : maxWidth / natural;
        float horizontal = Math.max(scale, MIN_HORIZONTAL_SCALE);
        Font f = font(size * scale / horizontal);
        if (horizontal < 1f) {
            f = f.deriveFont(AffineTransform.getScaleInstance(horizontal, 1));
        }
        g.setFont(f);
        g.drawString(text, x, flip(y));
    }

    void rectangle(float x, float y, float width, float height) {
        g.draw(new Rectangle2D.Float(x, flip(y + height), width, height));
    }

    void line(float x1, float y1, float x2, float y2) {
        g.draw(new Line2D.Float(x1, flip(y1), x2, flip(y2)));
    }

    /** An image scaled into the box whose lower-left corner is (x, y). */
    void image(BufferedImage image, float x, float y, float width, float height) {
        AffineTransform at = AffineTransform.getTranslateInstance(x, flip(y + height));
        at.scale(width / image.getWidth(), height / image.getHeight());
        g.drawImage(image, at, null);
    }

    /** Colour for the following text and lines (the seal is red; on a bilevel page, ink). */
    void colour(float red, float green, float blue) {
        g.setColor(new Color(red, green, blue));
    }

    private Font font(float size) {
        return sized.computeIfAbsent(size, font::deriveFont);
    }

    private static float flip(float y) {
        return (float) (ImageDocument.A4_HEIGHT_PT - y);
    }

    @Override
    public void close() {
        g.dispose();
    }
}
