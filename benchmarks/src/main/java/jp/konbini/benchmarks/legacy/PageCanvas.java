package jp.konbini.benchmarks.legacy;

import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * LEGACY, for the benchmark only: {@code jp.konbini.render.PageCanvas} as it was at a01907a, verbatim but for its
 * package.
 *
 * <p>Drawing primitives for one page: text in the certificate font, and ruled lines. Coordinates are
 * PDF points from the bottom-left corner; {@code y} of text is its baseline.
 */
final class PageCanvas implements Closeable {

    /** Narrowest horizontal scaling (長体) before the font size is reduced instead. */
    private static final float MIN_HORIZONTAL_SCALE = 0.6f;

    private final PDPageContentStream out;
    private final PDFont font;

    PageCanvas(PDDocument document, PDPage page, PDFont font) throws IOException {
        this.out = new PDPageContentStream(document, page);
        this.font = font;
        out.setLineWidth(0.6f);
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    void text(String text, float x, float y, float size) throws IOException {
        fittedText(text, x, y, size, Float.MAX_VALUE);
    }

    void textCentered(String text, float centreX, float y, float size) throws IOException {
        text(text, centreX - width(text, size) / 2, y, size);
    }

    void textRight(String text, float rightX, float y, float size) throws IOException {
        text(text, rightX - width(text, size), y, size);
    }

    /**
     * Text that must stay inside {@code maxWidth}: narrowed like a clerk's 長体 first, then made
     * smaller. Never cut off, because a truncated address would be a wrong certificate.
     */
    void fittedText(String text, float x, float y, float size, float maxWidth) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        float natural = width(text, size);
        float scale = natural <= maxWidth ? 1f : maxWidth / natural;
        float horizontal = Math.max(scale, MIN_HORIZONTAL_SCALE);
        float fittedSize = size * scale / horizontal;
        out.beginText();
        out.setFont(font, fittedSize);
        out.setHorizontalScaling(horizontal * 100f);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Draws the characters one under another, top to bottom, as on a seal or in 縦書き. */
    void verticalText(String text, float x, float topY, float size) throws IOException {
        float y = topY - size;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String character = new String(Character.toChars(text.codePointAt(i)));
            text(character, x, y, size);
            y -= size;
        }
    }

    void rectangle(float x, float y, float width, float height) throws IOException {
        out.addRect(x, y, width, height);
        out.stroke();
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    /** An image scaled into the box whose lower-left corner is (x, y). */
    void image(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image, float x, float y, float width,
               float height) throws IOException {
        out.drawImage(image, x, y, width, height);
    }

    /** Colour for the following text and lines, as RGB in 0..1 (the seal is red). */
    void colour(float red, float green, float blue) throws IOException {
        out.setStrokingColor(red, green, blue);
        out.setNonStrokingColor(red, green, blue);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
