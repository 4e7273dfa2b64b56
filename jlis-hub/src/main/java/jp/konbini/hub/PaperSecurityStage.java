package jp.konbini.hub;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.render.paper.PrintSheet;
import jp.konbini.render.paper.SealSigner;

/**
 * Step 6 of the flow: the hub turns the city's certificate into the print data (front over the copy-evident
 * background; back with background, scramble image, latent image and signed code) before anything goes to
 * the kiosk. It takes milliseconds of CPU a sheet (BENCHMARKS.md), and still runs on its own small pool, never
 * on a connection's event loop.
 */
final class PaperSecurityStage implements AutoCloseable {
    /** No paper keys configured: the city's document is forwarded unchanged. */
    static final PaperSecurityStage OFF = new PaperSecurityStage(Optional.empty());

    private final Optional<PaperSettings> settings;
    /** Everything of the print data that no certificate changes, made once here at start-up. */
    private final PrintSheet sheets;
    private final ExecutorService pool;

    PaperSecurityStage(Optional<PaperSettings> settings) {
        this.settings = settings;
        this.sheets = settings.map(s -> new PrintSheet(s.printerProfile(), s.masterScrambleKey(),
                new SealSigner(s.sealKeys()))).orElse(null);
        this.pool = settings.isEmpty() ? null : new ThreadPoolExecutor(1, Math.max(1, Runtime.getRuntime().availableProcessors()),
                30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "paper-security");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * The print data for a document that passed the binding check: every page a sheet, the whole certificate
     * once per copy the kiosk asked for; without paper keys, the city's document as it came. Fails when the
     * document is not page images or the result exceeds {@code maxDocumentBytes}. The hub then seals it for the
     * kiosk ({@link PrintSeal}).
     */
    CompletableFuture<byte[]> apply(IssueResponse response, byte[] document, int copies, long maxDocumentBytes) {
        if (settings.isEmpty()) {
            return CompletableFuture.completedFuture(document);
        }
        return CompletableFuture.supplyAsync(() -> {
            byte[] pdf;
            try {
                pdf = sheets.compose(document, response.certificateSerial(), copies).pdf();
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new IllegalStateException("the certificate cannot be rendered for printing", e);
            }
            if (pdf.length > maxDocumentBytes) {
                throw new IllegalStateException("print data of " + pdf.length + " bytes exceeds the document limit");
            }
            return pdf;
        }, pool);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
