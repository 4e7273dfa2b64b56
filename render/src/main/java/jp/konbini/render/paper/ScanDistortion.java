package jp.konbini.render.paper;

/**
 * One simulated print-and-scan: how the sheet lies on the scanner and what the scanner does to it.
 *
 * @param rotationDegrees rotation of the sheet (180 = upside down)
 * @param scale scale of the scan relative to 300 dpi
 * @param cornerJitter each corner moves by up to this fraction of the sheet's diagonal (perspective)
 * @param blurSigma scanner optics, Gaussian σ in pixels at 300 dpi
 * @param noiseSigma sensor noise, σ in luminance (1 = white)
 * @param jpegQuality 1..100, or 0 for no JPEG
 * @param brightness added to the luminance
 * @param contrast luminance is scaled by this around mid-grey
 */
public record ScanDistortion(double rotationDegrees, double scale, double cornerJitter, double blurSigma,
        double noiseSigma, int jpegQuality, double brightness, double contrast) {

    /** A perfect scan. */
    public static final ScanDistortion NONE = new ScanDistortion(0, 1, 0, 0, 0, 0, 0, 1);

    /**
     * A point of the paper-security grid drawn from {@code random}: rotation ±3°, scale 0.97–1.03, corner
     * jitter ≤ 0.5%, blur σ 0–1.2 px, noise σ ≤ 6/255, JPEG 60–95, brightness and contrast ±15%.
     */
    public static ScanDistortion draw(java.util.SplittableRandom random) {
        return new ScanDistortion(
                random.nextDouble(-3, 3),
                random.nextDouble(0.97, 1.03),
                random.nextDouble(0, 0.005),
                random.nextDouble(0, 1.2),
                random.nextDouble(0, 6.0 / 255),
                random.nextInt(60, 96),
                random.nextDouble(-0.15, 0.15),
                random.nextDouble(0.85, 1.15));
    }
}
