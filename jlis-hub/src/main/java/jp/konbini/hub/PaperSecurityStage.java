package jp.konbini.hub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.konbini.crypto.Digests;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.render.paper.PrintSheet;
import jp.konbini.render.paper.SealSigner;

/**
 * Step 6 of the flow: the hub turns the city's certificate into the print data (front over the copy-evident
 * background; back with background, scramble image, latent image and signed code) before anything goes to
 * the kiosk. Rendering takes a few hundred milliseconds of CPU, so it runs on its own small pool, never on
 * a connection's event loop.
 */
final class PaperSecurityStage implements AutoCloseable {
    /** Chunk size of the re-chunked print data (the city's own size). */
    static final int CHUNK_BYTES = 64 * 1024;

    /** No paper keys configured: the city's document is forwarded unchanged. */
    static final PaperSecurityStage OFF = new PaperSecurityStage(Optional.empty());

    private final Optional<PaperSettings> settings;
    private final SealSigner signer;
    private final ExecutorService pool;

    PaperSecurityStage(Optional<PaperSettings> settings) {
        this.settings = settings;
        this.signer = settings.map(s -> new SealSigner(s.sealKeys())).orElse(null);
        this.pool = settings.isEmpty() ? null : new ThreadPoolExecutor(1, Math.max(1, Runtime.getRuntime().availableProcessors()),
                30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "paper-security");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The print data to send instead of the city's document: a new header and its chunks. */
    record Print(IssueResponse response, List<DocumentChunk> chunks) {
    }

    /**
     * The print data for a document that passed the binding check; without paper keys, the city's document
     * as it came. Fails when the document cannot be rendered or the result exceeds {@code maxDocumentBytes}.
     */
    CompletableFuture<Print> apply(IssueResponse response, byte[] document, List<DocumentChunk> chunks,
            long maxDocumentBytes) {
        if (settings.isEmpty()) {
            return CompletableFuture.completedFuture(new Print(response, List.copyOf(chunks)));
        }
        PaperSettings s = settings.get();
        return CompletableFuture.supplyAsync(() -> {
            byte[] pdf;
            try {
                pdf = PrintSheet.compose(document, response.certificateSerial(), s.masterScrambleKey(), signer,
                        s.printerProfile()).pdf();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the certificate cannot be rendered for printing", e);
            }
            if (pdf.length > maxDocumentBytes) {
                throw new IllegalStateException("print data of " + pdf.length + " bytes exceeds the document limit");
            }
            return rechunk(response, pdf);
        }, pool);
    }

    static Print rechunk(IssueResponse original, byte[] pdf) {
        int count = Math.max(1, (pdf.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
        List<DocumentChunk> chunks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * CHUNK_BYTES;
            chunks.add(new DocumentChunk(original.requestId(), i, i == count - 1,
                    Arrays.copyOfRange(pdf, from, Math.min(pdf.length, from + CHUNK_BYTES))));
        }
        // The city's binding signature covered its own document, not this one: v1 allows it empty.
        IssueResponse response = new IssueResponse(original.requestId(), original.certificateSerial(), pdf.length,
                Digests.sha256(pdf), original.cardCertificateSha256(), count, new byte[0]);
        return new Print(response, chunks);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
