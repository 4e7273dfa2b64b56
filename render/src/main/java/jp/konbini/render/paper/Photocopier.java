package jp.konbini.render.paper;

import java.util.SplittableRandom;

/**
 * A simulated photocopy of a printed sheet: the original printed at 600 dpi with the printer's dot gain,
 * read through the copier's optics (Gaussian σ), resampled to 300 dpi, with sensor noise, then
 * thresholded to black and white as a copier's text mode does: a pixel copies black when its luminance
 * is below the threshold. Deterministic from the seed.
 *
 * @param printer the printer that printed the original
 * @param opticsSigma copier optics blur, σ in pixels at 600 dpi
 * @param noiseSigma copier sensor noise, σ in luminance
 * @param threshold luminance below which the copier prints black (0.25–0.5; lower keeps less)
 */
public record Photocopier(PrinterProfile printer, double opticsSigma, double noiseSigma, double threshold) {

    /** Copies a sheet given as its ideal 600 dpi luminance; the copy is 300 dpi, black and white. */
    public Gray copy(Gray ideal600, long seed) {
        Gray read = Filters.gaussian(printer.print(ideal600), opticsSigma).downsample(2);
        SplittableRandom random = new SplittableRandom(seed);
        float[] px = read.px();
        for (int i = 0; i < px.length; i++) {
            double v = px[i] + random.nextGaussian() * noiseSigma;
            px[i] = v < threshold ? 0f : 1f;
        }
        return read;
    }

    /** Doubles the resolution by pixel replication (a 300 dpi page as the 600 dpi printer draws it). */
    public static Gray upsample2(Gray g) {
        int w = g.width() * 2;
        int h = g.height() * 2;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = g.get(x / 2, y / 2);
            }
        }
        return new Gray(w, h, out);
    }

    /** What the eye sees: a Gaussian of about 0.1 mm at the given resolution. */
    public static Gray eye(Gray g, int dpi) {
        return Filters.gaussian(g, 0.1 / 25.4 * dpi);
    }
}
