package jp.konbini.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws a synthetic 印影 (seal impression): a red circle with the name written top to bottom, as a
 * round 実印 looks when stamped. For synthetic 印鑑登録 data only; a real city stores the scan taken at
 * registration.
 */
public final class SealImpression {
    /** The side of the square image in pixels: 15 mm at about 200 dpi. */
    public static final int SIZE = 120;
    private static final Color SEAL_RED = new Color(0xC8, 0x1E, 0x1E);

    private final Font font;

    public SealImpression(Path fontFile) {
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalArgumentException("cannot read the font " + fontFile, e);
        }
    }

    /** The PNG of a seal with these characters (one to four fit; more are cut to the first four). */
    public byte[] png(String name) {
        String text = name.codePoints().limit(4).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(SEAL_RED);
            g.setStroke(new BasicStroke(5f));
            g.drawOval(4, 4, SIZE - 8, SIZE - 8);
            int chars = Math.max(1, text.codePointCount(0, text.length()));
            float size = Math.min(64f, (SIZE - 30f) / chars);
            Font sized = font.deriveFont(Font.PLAIN, size);
            g.setFont(sized);
            FontRenderContext frc = g.getFontRenderContext();
            float y = (SIZE - size * chars) / 2f;
            for (int i = 0, cp; i < text.length(); i += Character.charCount(cp)) {
                cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                Rectangle2D bounds = sized.getStringBounds(ch, frc);
                g.drawString(ch, (float) ((SIZE - bounds.getWidth()) / 2), y + size * 0.88f);
                y += size;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
