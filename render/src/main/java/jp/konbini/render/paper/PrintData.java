package jp.konbini.render.paper;

import static jp.konbini.render.paper.BackLayout.FRONT_H;
import static jp.konbini.render.paper.BackLayout.FRONT_W;
import static jp.konbini.render.paper.BackLayout.ROW_SIZE;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.render.PageImage;
import jp.konbini.render.pdf.Flate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Reads print data ({@link PrintSheet}'s PDF) back into its sheets, as the images the printer was given:
 * each sheet's front page image and, from its back, the scramble image and the code. For checking print data
 * digitally — every sheet of every copy — without rasterising pages; what a scan of the paper shows is
 * {@link BackDecoder}'s part.
 */
public final class PrintData {
    /** Sheets at most: every page of the largest certificate, every copy. */
    public static final int MAX_SHEETS = PrintSheet.MAX_COPIES * jp.konbini.render.ImageDocument.MAX_PAGES;
    static final long READ_MEMORY_BYTES = 256L << 20;

    private PrintData() {
    }

    /** One sheet as printed: the front's page image, the back's scramble image and code area. */
    public record PrintedSheet(PageImage front, Gray scrambled, Gray code) {
    }

    /** Every sheet in print order, or an {@link IOException} saying why this is not print data. */
    public static List<PrintedSheet> read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(READ_MEMORY_BYTES).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages < 2 || pages % 2 != 0 || pages / 2 > MAX_SHEETS) {
                throw new IOException("print data has " + pages + " pages, not two a sheet");
            }
            List<PrintedSheet> sheets = new ArrayList<>(pages / 2);
            for (int i = 0; i < pages; i += 2) {
                sheets.add(sheet(doc.getPage(i), doc.getPage(i + 1)));
            }
            return sheets;
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** True when a PDF looks like print data (its second page has a back's scramble image), without judging it. */
    public static boolean looksLikePrintData(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(READ_MEMORY_BYTES).streamCache)) {
            return doc.getNumberOfPages() >= 2 && doc.getPage(1).getResources() != null
                    && doc.getPage(1).getResources().getXObject(COSName.getPDFName(PrintSheet.SCRAMBLE)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static PrintedSheet sheet(PDPage frontPage, PDPage backPage) throws IOException {
        PDImageXObject front = image(frontPage.getResources(), PrintSheet.FRONT);
        if (!front.isStencil() || front.getWidth() > PageImage.MAX_WIDTH || front.getHeight() > PageImage.MAX_HEIGHT) {
            throw new IOException("a sheet's front is not a page image");
        }
        PageImage page = new PageImage(front.getWidth(), front.getHeight(), raw(front));
        PDImageXObject scrambled = image(backPage.getResources(), PrintSheet.SCRAMBLE);
        PDImageXObject code = image(backPage.getResources(), PrintSheet.CODE);
        if (scrambled.getWidth() != FRONT_W || scrambled.getHeight() != FRONT_H || scrambled.getBitsPerComponent() != 8
                || code.getWidth() != ROW_SIZE || code.getHeight() != ROW_SIZE || code.getBitsPerComponent() != 1) {
            throw new IOException("a sheet's back is not a security panel");
        }
        byte[] samples = Flate.inflate(raw(scrambled), FRONT_W * FRONT_H);
        float[] px = new float[samples.length];
        for (int i = 0; i < px.length; i++) {
            px[i] = (samples[i] & 0xff) / 255f;
        }
        Gray codeArea = Bilevel.unpack(Flate.inflate(raw(code), (ROW_SIZE + 7) / 8 * ROW_SIZE), ROW_SIZE, ROW_SIZE);
        return new PrintedSheet(page, new Gray(FRONT_W, FRONT_H, px), codeArea);
    }

    private static PDImageXObject image(PDResources resources, String name) throws IOException {
        PDXObject x = resources == null ? null : resources.getXObject(COSName.getPDFName(name));
        if (!(x instanceof PDImageXObject image)) {
            throw new IOException("a sheet has no image " + name);
        }
        return image;
    }

    private static byte[] raw(PDImageXObject image) throws IOException {
        if (!COSName.FLATE_DECODE.equals(image.getCOSObject().getDictionaryObject(COSName.FILTER))) {
            throw new IOException("a sheet's image is not Flate");
        }
        try (InputStream in = image.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
