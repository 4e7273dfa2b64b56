package jp.konbini.render.paper;

/**
 * A coarse picture hash of the front: 16 × 22 cells, one bit each, set where the cell is darker than the
 * page's average cell. It survives print, scan and descrambling (a few bits flip), while a scramble image
 * decoded with another certificate's key matches it no better than chance: that is how the verifier
 * knows the scramble image and the code belong together.
 */
public final class FrontHash {

    public static final int CELLS_X = 16;
    public static final int CELLS_Y = 22;
    public static final int BITS = CELLS_X * CELLS_Y;
    public static final int BYTES = BITS / 8;
    /** At most this share of differing bits counts as the same front (measured: genuine scans stay far below). */
    public static final double SAME_FRONT_MAX_DISTANCE = 0.12;

    private FrontHash() {
    }

    public static byte[] of(Gray front) {
        double[] cell = new double[BITS];
        double mean = 0;
        for (int cy = 0; cy < CELLS_Y; cy++) {
            for (int cx = 0; cx < CELLS_X; cx++) {
                int x0 = cx * front.width() / CELLS_X;
                int x1 = (cx + 1) * front.width() / CELLS_X;
                int y0 = cy * front.height() / CELLS_Y;
                int y1 = (cy + 1) * front.height() / CELLS_Y;
                double s = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        s += front.get(x, y);
                    }
                }
                cell[cy * CELLS_X + cx] = s / ((x1 - x0) * (y1 - y0));
                mean += cell[cy * CELLS_X + cx];
            }
        }
        mean /= BITS;
        byte[] out = new byte[BYTES];
        for (int i = 0; i < BITS; i++) {
            if (cell[i] < mean) {
                out[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return out;
    }

    /** Share of differing bits, 0..1. */
    public static double distance(byte[] a, byte[] b) {
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Integer.bitCount((a[i] ^ b[i]) & 0xff);
        }
        return (double) d / BITS;
    }
}
