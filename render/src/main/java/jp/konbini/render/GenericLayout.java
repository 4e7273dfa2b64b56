package jp.konbini.render;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The page of every certificate the city issues (the 住民票の写し too): title, the body as ruled label–value rows
 * grouped by section (with the 印影 image where there is one), then the certification, the date, the
 * mayor and the city seal; 証明書番号 and page numbers at the foot of every page.
 */
final class GenericLayout {
    private static final float LEFT = 48;
    private static final float RIGHT = 547;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = 770;
    private static final float ROW = 20;
    private static final float LABEL_WIDTH = 130;
    private static final float FOOT = 30;
    private static final float BODY_BOTTOM = 60;
    private static final float CERTIFICATION_HEIGHT = 150;
    private static final float IMAGE_SIDE = 90;
    /** Where the city seal (公印) stands on the last page, in points from the bottom-left: x, y, width, height. */
    static final float[] SEAL_BOX = {RIGHT - 60, BODY_BOTTOM + CERTIFICATION_HEIGHT - 10 - 85 - 22, 56, 56};

    private GenericLayout() {
    }

    /** One line of the body, already placed on a page. */
    private sealed interface Line {
        record Heading(String text) implements Line {
        }

        record Row(String label, String value) implements Line {
        }
    }

    static List<PageImage> draw(Font font, PrintedCertificate c) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (PrintedCertificate.Section s : c.sections()) {
            if (!s.heading().isEmpty()) {
                lines.add(new Line.Heading(s.heading()));
            }
            s.items().forEach(i -> lines.add(new Line.Row(i.label(), i.value())));
        }
        float firstTop = TOP - 20 - (c.image().isPresent() ? IMAGE_SIDE + 16 : 0);
        float otherTop = TOP - 20;
        Pagination.Capacity capacity = new Pagination.Capacity(rows(firstTop, BODY_BOTTOM),
                rows(firstTop, BODY_BOTTOM + CERTIFICATION_HEIGHT), rows(otherTop, BODY_BOTTOM),
                rows(otherTop, BODY_BOTTOM + CERTIFICATION_HEIGHT));
        List<Integer> split = Pagination.split(lines.size(), capacity);
        BufferedImage impression = c.image().isPresent() ? picture(c.image().get()) : null;
        List<PageImage> pages = new ArrayList<>(split.size());
        int at = 0;
        for (int p = 0; p < split.size(); p++) {
            PageRaster page = new PageRaster();
            try (PageCanvas canvas = new PageCanvas(page, font)) {
                canvas.textCentered(c.title(), LEFT + WIDTH / 2, 790, 18);
                float top = otherTop;
                if (p == 0 && impression != null) {
                    canvas.rectangle(LEFT, top - IMAGE_SIDE - 8, IMAGE_SIDE + 16, IMAGE_SIDE + 16);
                    canvas.image(impression, LEFT + 8, top - IMAGE_SIDE, IMAGE_SIDE, IMAGE_SIDE);
                    canvas.text("印影", LEFT + IMAGE_SIDE + 24, top - 12, 9);
                    top = firstTop;
                }
                for (Line line : lines.subList(at, at + split.get(p))) {
                    switch (line) {
                        case Line.Heading h -> canvas.text(h.text(), LEFT, top - 14, 11);
                        case Line.Row r -> {
                            canvas.rectangle(LEFT, top - ROW, WIDTH, ROW);
                            canvas.line(LEFT + LABEL_WIDTH, top - ROW, LEFT + LABEL_WIDTH, top);
                            canvas.fittedText(r.label(), LEFT + 4, top - 14, 9, LABEL_WIDTH - 8);
                            canvas.fittedText(r.value(), LEFT + LABEL_WIDTH + 4, top - 14, 10, WIDTH - LABEL_WIDTH - 8);
                        }
                    }
                    top -= ROW;
                }
                at += split.get(p);
                if (p == split.size() - 1) {
                    canvas.text("以下余白", LEFT + 4, top - 14, 9);
                    certification(canvas, c);
                }
                canvas.text("証明書番号 " + c.serial(), LEFT, FOOT, 8);
                canvas.textCentered((p + 1) + "/" + split.size(), LEFT + WIDTH / 2, FOOT, 9);
                canvas.textRight(c.cityName() + "（" + c.cityCode() + "）", RIGHT, FOOT, 8);
            }
            pages.add(page.encode());
        }
        return pages;
    }

    private static int rows(float top, float bottom) {
        return (int) ((top - bottom) / ROW);
    }

    /** Reads the impression in memory: ImageIO's default would cache the stream in a temporary file. */
    private static BufferedImage picture(byte[] png) throws IOException {
        MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png));
        BufferedImage image = ImageIO.read(in); // closes the stream, unless it finds no reader
        if (image == null) {
            in.close();
            throw new IOException("the impression is not an image");
        }
        return image;
    }

    private static void certification(PageCanvas canvas, PrintedCertificate c) {
        float top = BODY_BOTTOM + CERTIFICATION_HEIGHT - 10;
        canvas.fittedText(c.certification(), LEFT + 12, top - 20, 11, WIDTH - 24);
        canvas.text(Wareki.format(c.issueDate()), LEFT + 12, top - 45, 11);
        float baseline = top - 85;
        canvas.fittedText(c.mayor(), RIGHT - 66 - Math.min(canvas.width(c.mayor(), 14), WIDTH - 80), baseline, 14,
                WIDTH - 80);
        canvas.colour(0.8f, 0.1f, 0.1f);
        canvas.rectangle(SEAL_BOX[0], SEAL_BOX[1], SEAL_BOX[2], SEAL_BOX[3]);
        canvas.rectangle(SEAL_BOX[0] + 2, SEAL_BOX[1] + 2, SEAL_BOX[2] - 4, SEAL_BOX[3] - 4);
        canvas.textCentered(c.cityName() + "長印", RIGHT - 32, baseline + 2, 9);
        canvas.colour(0, 0, 0);
    }
}
