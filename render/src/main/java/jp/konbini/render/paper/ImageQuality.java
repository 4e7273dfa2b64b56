package jp.konbini.render.paper;

import static jp.konbini.render.paper.BackLayout.BLOCK;
import static jp.konbini.render.paper.BackLayout.COLS;
import static jp.konbini.render.paper.BackLayout.ROWS;

/** SSIM and misplaced blocks: how close a decoded front is to the front as issued. */
public final class ImageQuality {

    /** A decoded block whose mean absolute error exceeds this is counted as misplaced. */
    public static final double MISPLACED_BLOCK_ERROR = 0.2;

    private ImageQuality() {
    }

    /** Mean SSIM over 8 × 8 windows with stride 4 (luminance 0..1, the usual constants). */
    public static double ssim(Gray a, Gray b) {
        double c1 = 0.01 * 0.01;
        double c2 = 0.03 * 0.03;
        double total = 0;
        int n = 0;
        for (int y = 0; y + 8 <= a.height(); y += 4) {
            for (int x = 0; x + 8 <= a.width(); x += 4) {
                double ma = 0;
                double mb = 0;
                for (int dy = 0; dy < 8; dy++) {
                    for (int dx = 0; dx < 8; dx++) {
                        ma += a.get(x + dx, y + dy);
                        mb += b.get(x + dx, y + dy);
                    }
                }
                ma /= 64;
                mb /= 64;
                double va = 0;
                double vb = 0;
                double cov = 0;
                for (int dy = 0; dy < 8; dy++) {
                    for (int dx = 0; dx < 8; dx++) {
                        double da = a.get(x + dx, y + dy) - ma;
                        double db = b.get(x + dx, y + dy) - mb;
                        va += da * da;
                        vb += db * db;
                        cov += da * db;
                    }
                }
                va /= 63;
                vb /= 63;
                cov /= 63;
                total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
                n++;
            }
        }
        return total / n;
    }

    /** Share of blocks whose mean absolute error against the original exceeds {@link #MISPLACED_BLOCK_ERROR}. */
    public static double misplacedBlocks(Gray decoded, Gray original) {
        int bad = 0;
        for (int by = 0; by < ROWS; by++) {
            for (int bx = 0; bx < COLS; bx++) {
                double e = 0;
                for (int y = 0; y < BLOCK; y++) {
                    for (int x = 0; x < BLOCK; x++) {
                        e += Math.abs(decoded.get(bx * BLOCK + x, by * BLOCK + y) - original.get(bx * BLOCK + x, by * BLOCK + y));
                    }
                }
                if (e / (BLOCK * BLOCK) > MISPLACED_BLOCK_ERROR) {
                    bad++;
                }
            }
        }
        return (double) bad / (COLS * ROWS);
    }
}
