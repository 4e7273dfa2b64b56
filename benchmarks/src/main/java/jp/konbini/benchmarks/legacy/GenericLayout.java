package jp.konbini.benchmarks.legacy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jp.konbini.render.PrintedCertificate;
import jp.konbini.render.Wareki;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * LEGACY, for the benchmark only: {@code jp.konbini.render.GenericLayout} as it was at a01907a (vector PDF
 * drawn with PDFBox), verbatim but for its package and imports.
 *
 * <p>The page of every certificate the city issues (the 住民票の写し too): title, the body as ruled label–value rows
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

    private GenericLayout() {
    }

    /** One line of the body, already placed on a page. */
    private sealed interface Line {
        record Heading(String text) implements Line {
        }

        record Row(String label, String value) implements Line {
        }
    }

    static void draw(PDDocument document, PDFont font, PrintedCertificate c) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (PrintedCertificate.Section s : c.sections()) {
            if (!s.heading().isEmpty()) {
                lines.add(new Line.Heading(s.heading()));
            }
            s.items().forEach(i -> lines.add(new Line.Row(i.label(), i.value())));
        }
        float firstTop = TOP - 20 - (c.image().isPresent() ? IMAGE_SIDE + 16 : 0);
        int perFirst = (int) ((firstTop - BODY_BOTTOM) / ROW);
        int perPage = (int) ((TOP - 20 - BODY_BOTTOM) / ROW);
        // pages: fill each; the certification needs room at the bottom of the last one
        List<List<Line>> pages = new ArrayList<>();
        int at = 0;
        int capacity = perFirst;
        while (at < lines.size() || pages.isEmpty()) {
            int end = Math.min(lines.size(), at + capacity);
            pages.add(lines.subList(at, end));
            at = end;
            capacity = perPage;
        }
        int lastRows = pages.get(pages.size() - 1).size();
        float lastTop = pages.size() == 1 ? firstTop : TOP - 20;
        if (lastTop - lastRows * ROW < BODY_BOTTOM + CERTIFICATION_HEIGHT) {
            pages.add(List.of());
        }
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PageCanvas canvas = new PageCanvas(document, page, font)) {
                canvas.textCentered(c.title(), LEFT + WIDTH / 2, 790, 18);
                float top = TOP - 20;
                if (p == 0 && c.image().isPresent()) {
                    PDImageXObject image = PDImageXObject.createFromByteArray(document, c.image().get(), "impression");
                    canvas.rectangle(LEFT, top - IMAGE_SIDE - 8, IMAGE_SIDE + 16, IMAGE_SIDE + 16);
                    canvas.image(image, LEFT + 8, top - IMAGE_SIDE, IMAGE_SIDE, IMAGE_SIDE);
                    canvas.text("印影", LEFT + IMAGE_SIDE + 24, top - 12, 9);
                    top = firstTop;
                }
                for (Line line : pages.get(p)) {
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
                if (p == pages.size() - 1) {
                    canvas.text("以下余白", LEFT + 4, top - 14, 9);
                    certification(canvas, c);
                }
                canvas.text("証明書番号 " + c.serial(), LEFT, FOOT, 8);
                canvas.textCentered((p + 1) + "/" + pages.size(), LEFT + WIDTH / 2, FOOT, 9);
                canvas.textRight(c.cityName() + "（" + c.cityCode() + "）", RIGHT, FOOT, 8);
            }
        }
    }

    private static void certification(PageCanvas canvas, PrintedCertificate c) throws IOException {
        float top = BODY_BOTTOM + CERTIFICATION_HEIGHT - 10;
        canvas.fittedText(c.certification(), LEFT + 12, top - 20, 11, WIDTH - 24);
        canvas.text(Wareki.format(c.issueDate()), LEFT + 12, top - 45, 11);
        float baseline = top - 85;
        canvas.fittedText(c.mayor(), RIGHT - 66 - Math.min(canvas.width(c.mayor(), 14), WIDTH - 80), baseline, 14,
                WIDTH - 80);
        canvas.colour(0.8f, 0.1f, 0.1f);
        canvas.rectangle(RIGHT - 60, baseline - 22, 56, 56);
        canvas.rectangle(RIGHT - 58, baseline - 20, 52, 52);
        canvas.textCentered(c.cityName() + "長印", RIGHT - 32, baseline + 2, 9);
        canvas.colour(0, 0, 0);
    }
}
