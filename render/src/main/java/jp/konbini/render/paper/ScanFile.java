package jp.konbini.render.paper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * An uploaded scan (PNG, JPEG or PDF) turned into a grey raster, with every size checked before the
 * bytes are expanded: the image header's dimensions before decoding (decompression bombs), the PDF's
 * page count, page size and every embedded image's dimensions before rendering, and PDFBox's memory
 * capped (PDF bombs).
 */
public final class ScanFile {

    /** Limits on what an upload may expand to. */
    public record Limits(int maxSide, long maxPixels, int maxPdfPages, long maxPdfMemoryBytes) {
        public static final Limits DEFAULT = new Limits(7000, 30_000_000L, 2, 64L << 20);
    }

    /** A loaded scan, or why not. */
    public sealed interface Result {
        record Loaded(Gray scan) implements Result {
        }

        record Refused(String reason) implements Result {
        }
    }

    private ScanFile() {
    }

    public static Result load(byte[] bytes, Limits limits) {
        if (bytes.length < 8) {
            return refused("the file is empty or too short to be an image");
        }
        try {
            if (bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
                return pdf(bytes, limits);
            }
            boolean png = (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
            boolean jpeg = (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8;
            if (!png && !jpeg) {
                return refused("only PNG, JPEG or PDF scans are accepted");
            }
            return image(bytes, limits);
        } catch (IOException | RuntimeException e) {
            return refused("the file is damaged and cannot be read");
        } catch (OutOfMemoryError e) {
            return refused("the file expands to more than this site accepts");
        }
    }

    private static Result image(byte[] bytes, Limits limits) throws IOException {
        // in memory: ImageIO's default would cache an upload in a temporary file, and the site keeps no upload
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return refused("the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                Result size = checkSize(w, h, limits);
                if (size != null) {
                    return size;
                }
                BufferedImage image = reader.read(0);
                return new Result.Loaded(Gray.of(image));
            } finally {
                reader.dispose();
            }
        }
    }

    private static Result checkSize(long w, long h, Limits limits) {
        if (w > limits.maxSide() || h > limits.maxSide() || w * h > limits.maxPixels()) {
            return refused("the image is too large (" + w + "×" + h + "); scan at 300 dpi, at most "
                    + limits.maxSide() + " pixels a side");
        }
        return null;
    }

    private static Result pdf(byte[] bytes, Limits limits) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes()).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages < 1) {
                return refused("the PDF has no page");
            }
            if (pages > limits.maxPdfPages()) {
                return refused("the PDF has " + pages + " pages: upload the back only");
            }
            PDPage page = doc.getPage(pages - 1);
            float wIn = page.getMediaBox().getWidth() / 72f;
            float hIn = page.getMediaBox().getHeight() / 72f;
            if (!(wIn > 0.5 && hIn > 0.5 && wIn < 20 && hIn < 20)) {
                return refused("the PDF page size is not that of a scanned sheet");
            }
            if (!imagesWithinLimits(page.getResources(), limits, 0)) {
                return refused("the PDF holds an image larger than this site accepts");
            }
            float dpi = (float) Math.min(BackLayout.DPI, Math.sqrt(limits.maxPixels() / (double) (wIn * hIn)));
            return new Result.Loaded(Gray.of(new PDFRenderer(doc).renderImageWithDPI(pages - 1, dpi, ImageType.GRAY)));
        }
    }

    private static boolean imagesWithinLimits(PDResources resources, Limits limits, int depth) throws IOException {
        if (resources == null) {
            return true;
        }
        if (depth > 4) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                if (checkSize(image.getWidth(), image.getHeight(), limits) != null) {
                    return false;
                }
            } else if (x instanceof PDFormXObject form && !imagesWithinLimits(form.getResources(), limits, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static Result refused(String reason) {
        return new Result.Refused(reason);
    }
}
