package jp.konbini.render.paper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A synthetic certificate front (A4 at 100 dpi, synthetic names and addresses): what the paper report
 * and the tests scramble, so they do not depend on the city's layout code.
 */
public final class SpecimenFront {

    private SpecimenFront() {
    }

    /** The specimen as the city sends a certificate: a one-page PDF of a 300 dpi bilevel page image. */
    public static byte[] pdf(String name) {
        return jp.konbini.render.ImageDocument.write(java.util.List.of(pageImage(name)));
    }

    /** The specimen drawn at 300 dpi without anti-aliasing, as the city draws its pages. */
    public static jp.konbini.render.PageImage pageImage(String name) {
        int w = 2480;
        int h = 3508;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.scale(w / (double) WIDTH, h / (double) HEIGHT);
        draw(g, name, false);
        g.dispose();
        byte[] bits = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        return new jp.konbini.render.PageImage(w, h,
                jp.konbini.render.pdf.Flate.deflate(bits, java.util.zip.Deflater.BEST_SPEED));
    }

    /** The specimen with one variable line, so tests can make "another certificate" or an "altered front". */
    public static BufferedImage image(String name) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        draw(g, name, true);
        g.dispose();
        return img;
    }

    /** The specimen's size at 100 dpi, in which it is drawn. */
    private static final int WIDTH = 827;
    private static final int HEIGHT = 1169;

    private static void draw(Graphics2D g, String name, boolean antialiased) {
        Object aa = antialiased ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                antialiased ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        g.setColor(Color.BLACK);
        java.awt.Font font = PaperFont.get();
        g.setFont(font.deriveFont(44f));
        g.drawString("住民票の写し", 270, 110);
        g.setFont(font.deriveFont(22f));
        g.setStroke(new BasicStroke(2f));
        String[][] rows = {
                {"氏名", name},
                {"生年月日", "昭和六十年四月一日"},
                {"性別", "女"},
                {"住所", "秋田県秋田市山王四丁目一番一号"},
                {"世帯主", name},
                {"住民となった日", "平成二十年四月一日"},
                {"本籍", "秋田県秋田市山王四丁目一番地"},
        };
        int y = 180;
        for (String[] row : rows) {
            g.drawRect(60, y, 707, 70);
            g.drawLine(250, y, 250, y + 70);
            g.drawString(row[0], 75, y + 45);
            g.drawString(row[1], 270, y + 45);
            y += 70;
        }
        g.setFont(font.deriveFont(20f));
        g.drawString("この写しは、住民票の原本と相違ないことを証明する。", 100, 760);
        g.drawString("令和八年十一月二十七日", 100, 810);
        g.setFont(font.deriveFont(30f));
        g.drawString("秋田市長　架空　太郎", 380, 900);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(640, 860, 90, 90);
        g.setColor(Color.WHITE);
        g.setFont(font.deriveFont(28f));
        g.drawString("秋田", 656, 900);
        g.drawString("市長", 656, 935);
    }
}
