package jp.konbini.render.paper;

/**
 * The software decoder film for the {@link LatentImage}: demodulates the rectified panel with the
 * reference grating, finds the carrier's local phase from a wide low-pass of the squared signal (which a
 * half-period flip does not change), fixes its sign from the border known to lie outside the shape, and
 * shows the in-phase part: the shape comes out dark on light.
 */
public final class LatentViewer {

    /** Coarse grid step for the carrier estimate, in pixels. */
    static final int COARSE = 20;

    private LatentViewer() {
    }

    /** Bilinear sample clamped to the raster (no white outside, unlike {@link Gray#sample}). */
    private static float sampleInside(Gray g, double x, double y) {
        double cx = Math.max(0.5, Math.min(g.width() - 0.5, x));
        double cy = Math.max(0.5, Math.min(g.height() - 0.5, y));
        int x0 = (int) Math.floor(cx - 0.5);
        int y0 = (int) Math.floor(cy - 0.5);
        int x1 = Math.min(g.width() - 1, x0 + 1);
        int y1 = Math.min(g.height() - 1, y0 + 1);
        float ax = (float) (cx - 0.5 - x0);
        float ay = (float) (cy - 0.5 - y0);
        return (g.get(x0, y0) * (1 - ax) + g.get(x1, y0) * ax) * (1 - ay) + (g.get(x0, y1) * (1 - ax) + g.get(x1, y1) * ax) * ay;
    }

    /** The revealed picture (0.5 = no signal; below = outside the shape, above = inside). */
    public static Gray reveal(Gray panel) {
        int w = panel.width();
        int h = panel.height();
        int n = w * h;
        float[] re = new float[n];
        float[] im = new float[n];
        double mean = 0;
        for (float v : panel.px()) {
            mean += v;
        }
        mean /= n;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double a = 2 * Math.PI * (x + y) / LatentImage.PERIOD;
                double v = mean - panel.get(x, y);
                re[y * w + x] = (float) (v * Math.cos(a));
                im[y * w + x] = (float) (-v * Math.sin(a));
            }
        }
        Gray zr = Filters.gaussian(new Gray(w, h, re), LatentImage.PERIOD * 0.75);
        Gray zi = Filters.gaussian(new Gray(w, h, im), LatentImage.PERIOD * 0.75);
        float[] sr = new float[n];
        float[] si = new float[n];
        for (int i = 0; i < n; i++) {
            float a = zr.px()[i];
            float b = zi.px()[i];
            sr[i] = a * a - b * b;
            si[i] = 2 * a * b;
        }
        // The carrier's phase drifts slowly (registration error), so estimate it on a coarse grid.
        int cw = Math.max(1, w / COARSE);
        int ch = Math.max(1, h / COARSE);
        Gray carrierR = Filters.gaussian(new Gray(w, h, sr).resize(cw, ch), cw / 6.0);
        Gray carrierI = Filters.gaussian(new Gray(w, h, si).resize(cw, ch), cw / 6.0);
        float[] inPhase = new float[n];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double gx = (x + 0.5) * cw / w;
                double gy = (y + 0.5) * ch / h;
                double theta = Math.atan2(sampleInside(carrierI, gx, gy), sampleInside(carrierR, gx, gy)) / 2;
                inPhase[i] = (float) (zr.px()[i] * Math.cos(theta) + zi.px()[i] * Math.sin(theta));
            }
        }
        double border = 0;
        int b = LatentImage.BORDER / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x < b || y < b || x >= w - b || y >= h - b) {
                    border += inPhase[y * w + x];
                }
            }
        }
        float sign = border >= 0 ? -1f : 1f;
        double max = 1e-6;
        for (float v : inPhase) {
            max = Math.max(max, Math.abs(v));
        }
        // Normalise by the strongest response so the picture is visible; a copy's residue is small noise.
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (0.5 + 0.5 * sign * inPhase[i] / max);
        }
        return new Gray(w, h, out);
    }

    /**
     * Correlation of the demodulated in-phase signal with the hidden shape, without normalisation, so a
     * copy whose lines are gone scores near 0.
     */
    public static double correlation(Gray panel, boolean[] mask) {
        Gray shown = reveal(panel);
        float[] m = new float[mask.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = mask[i] ? 1f : 0f;
        }
        return Filters.correlation(shown.px(), m);
    }
}
