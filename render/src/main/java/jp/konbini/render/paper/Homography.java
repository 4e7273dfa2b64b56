package jp.konbini.render.paper;

/** A plane projective transform, {@code (x, y) → ((ax+by+c)/(gx+hy+1), (dx+ey+f)/(gx+hy+1))}. */
public record Homography(double[] m) {

    /** The transform taking each {@code src[i]} to {@code dst[i]}; points as {x0, y0, x1, y1, ...}, four each. */
    public static Homography fromPoints(double[] src, double[] dst) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = src[2 * i];
            double y = src[2 * i + 1];
            double u = dst[2 * i];
            double v = dst[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("the four points are degenerate");
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < 9; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] m = new double[9];
        for (int i = 0; i < 8; i++) {
            m[i] = a[i][8] / a[i][i];
        }
        m[8] = 1;
        return new Homography(m);
    }

    public double mapX(double x, double y) {
        return (m[0] * x + m[1] * y + m[2]) / (m[6] * x + m[7] * y + m[8]);
    }

    public double mapY(double x, double y) {
        return (m[3] * x + m[4] * y + m[5]) / (m[6] * x + m[7] * y + m[8]);
    }

    /** Resamples {@code src} into a {@code w × h} raster whose pixel centre p maps to {@code this(p)} in src. */
    public Gray warp(Gray src, int w, int h) {
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double cx = x + 0.5;
                double cy = y + 0.5;
                out[y * w + x] = src.sample(mapX(cx, cy), mapY(cx, cy));
            }
        }
        return new Gray(w, h, out);
    }
}
