package jp.konbini.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.render.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The certificate as the city sends it (画像イメージ情報): an A4 PDF whose every page is one {@link PageImage}
 * drawn over the whole page, and nothing else — no text to extract or edit. The hub reads the page images
 * back as images, never rasterising the PDF.
 */
public final class ImageDocument {
    /** A4 in points. */
    public static final double A4_WIDTH_PT = 595.2756;
    public static final double A4_HEIGHT_PT = 841.8898;
    /** More pages than this is not a certificate (the largest 戸籍 runs to a few pages). */
    public static final int MAX_PAGES = 40;
    /** Memory PDFBox may use while reading one document. */
    static final long READ_MEMORY_BYTES = 48L << 20;

    private ImageDocument() {
    }

    /** The PDF of these pages, in order. */
    public static byte[] write(List<PageImage> pages) {
        if (pages.isEmpty() || pages.size() > MAX_PAGES) {
            throw new IllegalArgumentException("a certificate has 1 to " + MAX_PAGES + " pages, not " + pages.size());
        }
        int bytes = 1024 + pages.stream().mapToInt(p -> p.flate().length + 400).sum();
        PdfWriter pdf = new PdfWriter(bytes);
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        StringBuilder kids = new StringBuilder();
        for (PageImage p : pages) {
            int page = pdf.reserve();
            int content = pdf.reserve();
            int image = pdf.reserve();
            kids.append(page).append(" 0 R ");
            pdf.object(page, "<</Type/Page/Parent " + tree + " 0 R/MediaBox[0 0 " + PdfWriter.num(A4_WIDTH_PT) + " "
                    + PdfWriter.num(A4_HEIGHT_PT) + "]/Resources<</XObject<</P " + image + " 0 R>>>>/Contents "
                    + content + " 0 R>>");
            pdf.stream(content, "<<>>", ("q " + PdfWriter.num(A4_WIDTH_PT) + " 0 0 " + PdfWriter.num(A4_HEIGHT_PT)
                    + " 0 0 cm /P Do Q").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            pdf.stream(image, imageDictionary(p), p.flate());
        }
        pdf.object(tree, "<</Type/Pages/Kids[" + kids.toString().strip() + "]/Count " + pages.size() + ">>");
        pdf.object(catalog, "<</Type/Catalog/Pages " + tree + " 0 R>>");
        return pdf.finish(catalog);
    }

    /** The image dictionary of a page image, without its Length. */
    public static String imageDictionary(PageImage p) {
        return "<</Type/XObject/Subtype/Image/Width " + p.width() + "/Height " + p.height()
                + "/ColorSpace/DeviceGray/BitsPerComponent 1/Filter/FlateDecode>>";
    }

    /**
     * The page images of a city's document, in page order, their encoded bytes as they are (nothing is
     * decoded here). Refused with an {@link IOException} saying why unless every page holds exactly one 1-bit
     * grey Flate image within {@link PageImage}'s limits.
     */
    public static List<PageImage> read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(READ_MEMORY_BYTES).streamCache)) {
            int count = doc.getNumberOfPages();
            if (count < 1 || count > MAX_PAGES) {
                throw new IOException("the certificate has " + count + " pages");
            }
            List<PageImage> pages = new ArrayList<>(count);
            for (PDPage page : doc.getPages()) {
                pages.add(pageImage(page.getResources()));
            }
            return List.copyOf(pages);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static PageImage pageImage(PDResources resources) throws IOException {
        if (resources == null) {
            throw new IOException("a page without an image");
        }
        PDImageXObject found = null;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (!(x instanceof PDImageXObject image) || found != null) {
                throw new IOException("a page holds something other than one image");
            }
            found = image;
        }
        if (found == null) {
            throw new IOException("a page without an image");
        }
        COSStream stream = found.getCOSObject();
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        boolean flate = COSName.FLATE_DECODE.equals(filter)
                || filter instanceof COSArray a && a.size() == 1 && COSName.FLATE_DECODE.equals(a.getObject(0));
        if (!flate || found.getBitsPerComponent() != 1 || stream.getDictionaryObject(COSName.DECODE_PARMS) != null
                || !COSName.DEVICEGRAY.equals(stream.getDictionaryObject(COSName.COLORSPACE))) {
            throw new IOException("a page image is not 1-bit grey Flate");
        }
        int width = found.getWidth();
        int height = found.getHeight();
        if (width < 1 || height < 1 || width > PageImage.MAX_WIDTH || height > PageImage.MAX_HEIGHT) {
            throw new IOException("a page image of " + width + "×" + height + " pixels is outside limits");
        }
        // The encoded bytes can never exceed the document they came in, which the protocol has bounded.
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] encoded = raw.readAllBytes();
            if (encoded.length == 0) {
                throw new IOException("a page image without data");
            }
            return new PageImage(width, height, encoded);
        }
    }
}
