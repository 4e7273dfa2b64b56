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

    /** The specimen as a one-page A4 image PDF, the form the city returns its certificates in. */
    public static byte[] pdf(String name) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var a4 = org.apache.pdfbox.pdmodel.common.PDRectangle.A4;
            var page = new org.apache.pdfbox.pdmodel.PDPage(a4);
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, image(name)),
                        0, 0, a4.getWidth(), a4.getHeight());
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The specimen with one variable line, so tests can make "another certificate" or an "altered front". */
    public static BufferedImage image(String name) {
        int w = 827;
        int h = 1169;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
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
        g.dispose();
        return img;
    }
}
