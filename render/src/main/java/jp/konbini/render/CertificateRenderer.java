package jp.konbini.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws certificates as PDFs of 300 dpi bilevel page images (画像イメージ情報), each page drawn once, straight
 * into its raster, and encoded once.
 *
 * <p>Safe to call from many threads at once: the font is immutable and shared, and every call draws into
 * rasters of its own. Nothing about one resident outlives the call.
 */
public final class CertificateRenderer {

    /** A rendered certificate: the city's document and how many pages it has (kept in the structured record). */
    public record Rendered(byte[] pdf, int pages) {
    }

    private final Font font;

    /**
     * @param fontFile IPAex明朝 ({@code ipaexm.ttf}), usually from {@link JapaneseFont#locate}
     * @throws FontNotFoundException when the file does not exist
     * @throws UncheckedIOException when it cannot be read or is not a TrueType font
     */
    public CertificateRenderer(Path fontFile) {
        if (!Files.isReadable(fontFile)) {
            throw new FontNotFoundException("font file " + fontFile + " does not exist");
        }
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile());
        } catch (FontFormatException e) {
            throw new UncheckedIOException("the font " + fontFile + " is not a TrueType font",
                    new IOException(e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fontFile, e);
        }
    }

    /**
     * Any certificate, from its structured record: the PDF holds one image per page and no text
     * (the form J-LIS receives from the city), so nothing on it can be extracted or edited as text;
     * the record says exactly what the images show.
     */
    public Rendered render(PrintedCertificate certificate) {
        try {
            List<PageImage> pages = GenericLayout.draw(font, certificate);
            return new Rendered(ImageDocument.write(pages), pages.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + certificate.title() + " " + certificate.serial(), e);
        }
    }

    /**
     * True when this page image carries the city seal (公印) where the layout puts it, below the certification:
     * the left edge of the seal's frame is an unbroken vertical line there, which no row of the body draws.
     */
    public static boolean showsSeal(PageImage page) throws IOException {
        Rectangle seal = sealArea();
        byte[] bits = page.bits();
        int stride = page.stride();
        for (int x = seal.x - 1; x <= seal.x + 2; x++) {
            int ink = 0;
            for (int y = seal.y; y < seal.y + seal.height; y++) {
                if ((bits[y * stride + (x >> 3)] & (0x80 >>> (x & 7))) == 0) {
                    ink++;
                }
            }
            if (ink >= seal.height * 9 / 10) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the city seal (公印) stands on a certificate's last page, in pixels of its page image: the
     * certification ends there, so ink in this box tells a page that certifies from one that does not.
     */
    public static Rectangle sealArea() {
        float[] box = GenericLayout.SEAL_BOX;
        double px = PageRaster.DPI / 72.0;
        int x = (int) Math.floor(box[0] * px);
        int y = (int) Math.floor((ImageDocument.A4_HEIGHT_PT - box[1] - box[3]) * px);
        return new Rectangle(x, y, (int) Math.ceil(box[2] * px), (int) Math.ceil(box[3] * px));
    }
}
