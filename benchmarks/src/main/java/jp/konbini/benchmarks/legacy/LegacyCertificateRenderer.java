package jp.konbini.benchmarks.legacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import jp.konbini.render.PrintedCertificate;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * LEGACY, for the benchmark only: {@code jp.konbini.render.CertificateRenderer} as it was at a01907a, verbatim but
 * for its package and name, without {@code renderJuminhyo} (the older text layout, which nothing issued any more).
 *
 * <p>Draws certificates as A4 PDFs with the Japanese font embedded (only the glyphs used).
 *
 * <p>Safe to call from many threads at once: every call builds its own document and borrows a
 * parsed font that no other call is using. Nothing about one resident outlives the call.
 */
public final class LegacyCertificateRenderer {

    private final ParsedFontPool fonts;

    /**
     * @param fontFile IPAex明朝 ({@code ipaexm.ttf}), usually from {@code JapaneseFont.locate}
     * @throws UncheckedIOException when the file does not exist, cannot be read or is not a TrueType font
     */
    public LegacyCertificateRenderer(Path fontFile) {
        try {
            // One parsed font per core: more concurrent renderings would only share the same CPUs.
            this.fonts = new ParsedFontPool(fontFile, Math.max(2, Runtime.getRuntime().availableProcessors()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fontFile, e);
        }
    }

    /**
     * Any certificate, from its structured record: the PDF holds one image per page and no text
     * (the form J-LIS receives from the city), so nothing on it can be extracted or edited as text;
     * the record says exactly what the images show.
     */
    public byte[] render(PrintedCertificate certificate) {
        try {
            TrueTypeFont parsed = fonts.borrow();
            try (PDDocument drawn = new PDDocument()) {
                PDFont font = PDType0Font.load(drawn, parsed, true);
                GenericLayout.draw(drawn, font, certificate);
                return PageImages.of(drawn);
            } finally {
                fonts.giveBack(parsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + certificate.title() + " " + certificate.serial(), e);
        }
    }
}
