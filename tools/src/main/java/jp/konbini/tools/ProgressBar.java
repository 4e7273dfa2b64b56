package jp.konbini.tools;

import java.io.PrintStream;

/**
 * A one-line progress bar on a terminal ({@code [#####-----]  52% 156000/300000 residents 4.1 s}),
 * redrawn in place with a carriage return; written to stderr so that stdout stays the result.
 */
final class ProgressBar {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final long total;
    private final String unit;
    private final long start = System.nanoTime();
    private int lastPercent = -1;

    ProgressBar(PrintStream out, long total, String unit) {
        this.out = out;
        this.total = Math.max(1, total);
        this.unit = unit;
    }

    void update(long done) {
        int percent = (int) (done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        out.print("\r" + line(done));
        out.flush();
    }

    void finish() {
        out.println();
    }

    String line(long done) {
        int filled = (int) (done * WIDTH / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format("%3d%% %d/%d %s %.1f s", done * 100 / total, done, total, unit,
                (System.nanoTime() - start) / 1e9);
    }
}
