package jp.konbini.verify;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ArrayBlockingQueue;
import jp.konbini.render.paper.BackDecoder;
import jp.konbini.render.paper.BackReading;
import jp.konbini.render.paper.PrintData;
import jp.konbini.render.paper.PrintDataCheck;
import jp.konbini.render.paper.ScanFile;
import jp.konbini.render.paper.SealVerifier;

/**
 * Loads and decodes uploads off the network threads, a few at a time, each within a time limit: a
 * hostile file costs bounded memory and time and the site keeps serving.
 */
final class ScanVerifier implements AutoCloseable {
    static final long TIME_LIMIT_SECONDS = 30;
    static final int QUEUE = 8;
    /** Print data of the largest certificate, every copy, is a few MB. */
    static final int MAX_PRINT_DATA_BYTES = 32 << 20;

    private final BackDecoder decoder;
    private final PrintDataCheck printData;
    private final ExecutorService pool;

    ScanVerifier(VerifyConfig config) {
        this.decoder = new BackDecoder(config.masterScrambleKey(), new SealVerifier(config.sealKeys()));
        this.printData = new PrintDataCheck(config.masterScrambleKey(), new SealVerifier(config.sealKeys()));
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "verify-decode");
            t.setDaemon(true);
            return t;
        });
    }

    /** What the verifier sees: a result page, or the form again with why the file was refused. */
    sealed interface Outcome {
        record Read(BackReading reading) implements Outcome {
        }

        /** The print data itself (the file the kiosk printed): every sheet checked, front against back. */
        record PrintChecked(PrintDataCheck.Report report) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    CompletableFuture<Outcome> verify(byte[] upload, Optional<String> expectedSerial) {
        try {
            return CompletableFuture.supplyAsync(() -> decode(upload, expectedSerial), pool)
                    .orTimeout(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)
                    .exceptionally(e -> new Outcome.Refused(
                            "処理に時間がかかりすぎました / the file took too long to process; upload a plain 300 dpi scan"));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(new Outcome.Refused("混み合っています / the site is busy; try again in a minute"));
        }
    }

    private Outcome decode(byte[] upload, Optional<String> expectedSerial) {
        if (upload.length <= MAX_PRINT_DATA_BYTES && PrintData.looksLikePrintData(upload)) {
            try {
                return new Outcome.PrintChecked(printData.check(upload));
            } catch (java.io.IOException | RuntimeException e) {
                return new Outcome.Refused("印刷データとして読めません / the file is not readable print data");
            }
        }
        return switch (ScanFile.load(upload, ScanFile.Limits.DEFAULT)) {
            case ScanFile.Result.Refused r -> new Outcome.Refused("ファイルを読み込めません / " + r.reason());
            case ScanFile.Result.Loaded l -> new Outcome.Read(decoder.read(l.scan(), expectedSerial));
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
