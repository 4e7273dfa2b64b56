package jp.konbini.render.paper;

/** Linear filters shared by the simulators and detectors. */
public final class Filters {

    private Filters() {
    }

    /** Separable Gaussian blur with standard deviation {@code sigma} pixels (edges replicate). */
    public static Gray gaussian(Gray in, double sigma) {
        if (sigma < 0.05) {
            return in.copy();
        }
        int radius = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        int w = in.width();
        int h = in.height();
        float[] src = in.px();
        float[] tmp = new float[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -radius; i <= radius; i++) {
                    int xx = Math.min(w - 1, Math.max(0, x + i));
                    s += k[i + radius] * src[row + xx];
                }
                tmp[row + x] = s;
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int i = -radius; i <= radius; i++) {
                    int yy = Math.min(h - 1, Math.max(0, y + i));
                    s += k[i + radius] * tmp[yy * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return new Gray(w, h, out);
    }

    /** Pearson correlation of two equally long signals (0 when either is flat). */
    public static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }
}
