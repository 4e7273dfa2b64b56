package jp.konbini.benchmarks.legacy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * LEGACY, for the benchmark only: {@code jp.konbini.render.ParsedFontPool} as it was at a01907a, verbatim but for
 * its package and a {@link java.io.FileNotFoundException} where the render module's exception has no public
 * constructor.
 *
 * <p>Parsed copies of the font file, each lent to one rendering at a time.
 *
 * <p>A parsed {@link TrueTypeFont} reads glyphs through a positioned stream and caches lazily, so
 * two documents must never use the same one at once: that kind of shared state is how real
 * systems printed one resident's data on another's certificate. Parsing costs ~150 ms and ~8 MB,
 * so at most {@code size} copies are ever parsed and then reused for the life of the pool; a
 * rendering waits when all are lent out, which costs nothing because rendering is CPU-bound.
 * A pool rather than a thread-local, so that virtual threads (one per request) reuse fonts too.
 */
final class ParsedFontPool {

    private final byte[] fontFile;
    private final Semaphore lendable;
    private final ConcurrentLinkedQueue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

    ParsedFontPool(Path fontPath, int size) throws IOException {
        if (!Files.isReadable(fontPath)) {
            throw new java.io.FileNotFoundException("font file " + fontPath + " does not exist");
        }
        this.fontFile = Files.readAllBytes(fontPath);
        this.lendable = new Semaphore(size);
        // Parse one now so that a broken font file stops start-up, not the first resident.
        idle.add(parse());
    }

    /** A parsed font for the caller's sole use until it calls {@link #giveBack}. */
    TrueTypeFont borrow() throws IOException {
        try {
            lendable.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a font");
        }
        TrueTypeFont font = idle.poll();
        if (font != null) {
            return font;
        }
        try {
            return parse();
        } catch (IOException | RuntimeException e) {
            lendable.release();
            throw e;
        }
    }

    /** Returns a font once its document is saved and closed. */
    void giveBack(TrueTypeFont font) {
        idle.add(font);
        lendable.release();
    }

    private TrueTypeFont parse() throws IOException {
        // parse(RandomAccessRead) copies the bytes into the font, whose close() is then a no-op:
        // PDFBox closes the font after subsetting, and this keeps it usable for the next document.
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
        // GSUB (glyph substitution) costs ~95% of text drawing and is only needed for vertical
        // writing, which no certificate uses.
        font.setEnableGsub(false);
        return font;
    }
}
