package jp.konbini.benchmarks.legacy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * LEGACY, for the benchmark only: {@code jp.konbini.render.PageImages} as it was at a01907a (the vector PDF
 * rasterised at 200 dpi RGB, each page a JPEG at quality 0.85), verbatim but for its package.
 *
 * <p>画像イメージ情報: turns a drawn document into a PDF of page images, as the seed requires the city to
 * hand J-LIS an image of the certificate. 200 dpi keeps 7-point kanji legible on the copier.
 */
final class PageImages {
    static final float DPI = 200;

    private PageImages() {
    }

    static byte[] of(PDDocument drawn) throws IOException {
        PDFRenderer renderer = new PDFRenderer(drawn);
        try (PDDocument images = new PDDocument()) {
            for (int i = 0; i < drawn.getNumberOfPages(); i++) {
                BufferedImage picture = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                PDPage page = new PDPage(PDRectangle.A4);
                images.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(images, picture, 0.85f, (int) DPI);
                try (PDPageContentStream out = new PDPageContentStream(images, page)) {
                    out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
            images.save(pdf);
            return pdf.toByteArray();
        }
    }
}
