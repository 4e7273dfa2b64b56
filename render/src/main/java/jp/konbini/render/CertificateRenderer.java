package jp.konbini.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws certificates as A4 PDFs with the Japanese font embedded (only the glyphs used).
 *
 * <p>Safe to call from many threads at once: every call builds its own document and borrows a
 * parsed font that no other call is using. Nothing about one resident outlives the call.
 */
public final class CertificateRenderer {

    private final ParsedFontPool fonts;

    /**
     * @param fontFile IPAex明朝 ({@code ipaexm.ttf}), usually from {@link JapaneseFont#locate}
     * @throws FontNotFoundException when the file does not exist
     * @throws UncheckedIOException when it cannot be read or is not a TrueType font
     */
    public CertificateRenderer(Path fontFile) {
        try {
            // One parsed font per core: more concurrent renderings would only share the same CPUs.
            this.fonts = new ParsedFontPool(fontFile, Math.max(2, Runtime.getRuntime().availableProcessors()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + fontFile, e);
        }
    }

    /**
     * 住民票の写し in the older text layout: the PDF bytes, one or more A4 pages, with extractable text. The
     * city no longer issues this form; it prints every certificate, the 住民票 included, with
     * {@link #render(PrintedCertificate)}.
     */
    public byte[] renderJuminhyo(JuminhyoCertificate certificate) {
        try {
            TrueTypeFont parsed = fonts.borrow();
            try (PDDocument document = new PDDocument()) {
                PDFont font = PDType0Font.load(document, parsed, true);
                JuminhyoLayout.draw(document, font, certificate);
                ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
                document.save(pdf);
                return pdf.toByteArray();
            } finally {
                fonts.giveBack(parsed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot render 住民票の写し " + certificate.certificateSerial(), e);
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
