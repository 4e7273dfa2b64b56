package jp.konbini.render.paper;

import static jp.konbini.render.paper.BackLayout.LATENT_X;
import static jp.konbini.render.paper.BackLayout.ROW_SIZE;
import static jp.konbini.render.paper.BackLayout.ROW_Y;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Runs the grid of paper-security.md: simulated scans of genuine backs (scramble decode, misplaced blocks,
 * SSIM, seal, latent correlation), simulated photocopies (latent and copy-evident background) swept over
 * printer dot gain σ 0.3–0.9 px and copier threshold 0.25–0.5, and backs whose code was swapped in from
 * another certificate. Deterministic from the seed.
 */
public final class PaperTrials {

    public static final double[] DOT_GAIN_SIGMAS = {0.3, 0.45, 0.6, 0.75, 0.9};
    public static final double[] THRESHOLDS = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
    /** Copier optics σ at 600 dpi and sensor noise, fixed for the sweep. */
    public static final double COPIER_OPTICS_SIGMA = 1.5;
    public static final double COPIER_NOISE = 0.02;
    /** Size of the copy-evident test patch at 600 dpi (60 × 30 mm) and of one word cell. */
    public static final int PATCH_W = 1417;
    public static final int PATCH_H = 709;

    private final long seed;

    public PaperTrials(long seed) {
        this.seed = seed;
    }

    /** Everything the trials need that does not change between them. */
    public record Fixture(Gray front, byte[] master, KeyPair sealKeys, BackDecoder decoder, boolean[] latentMask,
            Gray latentScreen, boolean[] wordMask) {
    }

    /** A deterministic SecureRandom (SHA1PRNG seeded before first use), for repeatable keys and signatures. */
    static SecureRandom seededRandom(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Fixture fixture() {
        try {
            SecureRandom det = seededRandom(seed);
            byte[] master = new byte[32];
            det.nextBytes(master);
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), det);
            KeyPair keys = g.generateKeyPair();
            BackDecoder decoder = new BackDecoder(master,
                    new SealVerifier(List.of(new TrustedSealKey("052019", keys.getPublic(), true))));
            boolean[] latentMask = LatentImage.mask(ROW_SIZE);
            boolean[] wordMask = CopyEvidentBackground.mask(
                    CopyEvidentBackground.wordOutline(PaperFont.get(), PATCH_W, PATCH_H, PATCH_W, PATCH_H),
                    PATCH_W, PATCH_H);
            return new Fixture(ScrambleImage.frontOf(SpecimenFront.image("架空　花子")), master, keys, decoder,
                    latentMask, LatentImage.screen(ROW_SIZE, latentMask), wordMask);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code scans} scan trials and {@code copies} copy trials of each kind; progress counts trials. */
    public PaperFigures run(int scans, int copies, IntConsumer progress) {
        Fixture f = fixture();
        SealSigner signer = new SealSigner(f.sealKeys(), seededRandom(seed + 1));
        SplittableRandom random = new SplittableRandom(seed);
        int decoded = 0;
        int sealValid = 0;
        double sumMis = 0;
        double worstMis = 0;
        double sumSsim = 0;
        double minSsim = 1;
        double sumLat = 0;
        double minLat = 1;
        for (int i = 0; i < scans; i++) {
            String serial = "R08-052019-" + (100000 + i);
            Gray panel = BackPanel.compose(f.front(), ScrambleKey.derive(f.master(), serial, 1), signer.sign(serial, f.front()));
            Gray scan = PrintScanSimulator.scan(panel, ScanDistortion.draw(random), random.nextLong());
            BackReading reading = f.decoder().read(scan, Optional.of(serial));
            if (reading instanceof BackReading.Decoded d) {
                double mis = ImageQuality.misplacedBlocks(d.front(), f.front());
                double ssim = ImageQuality.ssim(d.front(), f.front());
                if (mis <= 0.005) {
                    decoded++;
                }
                if (d.seal() instanceof SealVerdict.Genuine) {
                    sealValid++;
                }
                sumMis += mis;
                worstMis = Math.max(worstMis, mis);
                sumSsim += ssim;
                minSsim = Math.min(minSsim, ssim);
            } else {
                worstMis = 1;
                minSsim = 0;
            }
            double lat = 0;
            if (BackDecoder.locate(scan) instanceof BackDecoder.Locate.Found found) {
                lat = LatentViewer.correlation(found.location().rectify(scan, LATENT_X, ROW_Y, ROW_SIZE, ROW_SIZE), f.latentMask());
            }
            sumLat += lat;
            minLat = Math.min(minLat, lat);
            progress.accept(i + 1);
        }
        int swapped = Math.max(1, scans / 20);
        int swappedRejected = 0;
        for (int i = 0; i < swapped; i++) {
            String serial = "R08-052019-" + (200000 + i);
            String other = "R08-052019-" + (300000 + i);
            Gray panel = BackPanel.compose(f.front(), ScrambleKey.derive(f.master(), serial, 1), signer.sign(other, f.front()));
            Gray scan = PrintScanSimulator.scan(panel, ScanDistortion.draw(random), random.nextLong());
            if (!(f.decoder().read(scan, Optional.empty()) instanceof BackReading.Decoded)) {
                swappedRejected++;
            }
        }
        double maxLatCopy = -1;
        double sumLatCopy = 0;
        double maxEye = 0;
        double minCopyDiff = 1;
        double maxSurv = 0;
        double minCorr = 1;
        Gray latent600 = Photocopier.upsample2(f.latentScreen());
        for (int i = 0; i < copies; i++) {
            double sigma = DOT_GAIN_SIGMAS[i % DOT_GAIN_SIGMAS.length];
            double threshold = THRESHOLDS[(i / DOT_GAIN_SIGMAS.length) % THRESHOLDS.length];
            PrinterProfile profile = new PrinterProfile(sigma, PrinterProfile.OFFICE_LASER.spread());
            Photocopier copier = new Photocopier(profile, COPIER_OPTICS_SIGMA, COPIER_NOISE, threshold);
            Gray latentCopy = copier.copy(latent600, random.nextLong());
            double lc = LatentViewer.correlation(latentCopy, f.latentMask());
            maxLatCopy = Math.max(maxLatCopy, lc);
            sumLatCopy += lc;
            BackgroundFigures bg = background(profile, copier, f.wordMask(), random.nextLong());
            maxEye = Math.max(maxEye, bg.eyeDifference());
            minCopyDiff = Math.min(minCopyDiff, bg.copyDifference());
            maxSurv = Math.max(maxSurv, bg.surviving());
            minCorr = Math.min(minCorr, bg.copyCorrelation());
            progress.accept(scans + i + 1);
        }
        return new PaperFigures(scans, (double) decoded / scans, sumMis / scans, worstMis, sumSsim / scans, minSsim,
                (double) sealValid / scans, sumLat / scans, minLat, copies, maxLatCopy, sumLatCopy / Math.max(1, copies),
                latentEyeDifference(f), maxEye, minCopyDiff, maxSurv, minCorr, swapped, swappedRejected);
    }

    /** Tone difference inside vs outside the latent shape, as the eye sees the printed panel. */
    static double latentEyeDifference(Fixture f) {
        Gray printed = PrinterProfile.OFFICE_LASER.print(Photocopier.upsample2(f.latentScreen())).downsample(2);
        Gray eye = Photocopier.eye(printed, 300);
        return Math.abs(eye.meanWhere(f.latentMask(), true) - eye.meanWhere(f.latentMask(), false));
    }

    /** The copy-evident figures of one printer and copier. */
    public record BackgroundFigures(double eyeDifference, double copyDifference, double surviving, double copyCorrelation) {
    }

    public static BackgroundFigures background(PrinterProfile profile, Photocopier copier, boolean[] wordMask, long seed) {
        CopyEvidentBackground design = CopyEvidentBackground.compensatedFor(profile);
        Gray ideal = design.raster(PATCH_W, PATCH_H, wordMask);
        Gray eye = Photocopier.eye(profile.print(ideal), 600);
        double eyeDiff = Math.abs(eye.meanWhere(wordMask, true) - eye.meanWhere(wordMask, false));
        Gray copy = copier.copy(ideal, seed);
        boolean[] mask300 = new boolean[copy.px().length];
        for (int y = 0; y < copy.height(); y++) {
            for (int x = 0; x < copy.width(); x++) {
                mask300[y * copy.width() + x] = wordMask[(2 * y) * PATCH_W + 2 * x];
            }
        }
        Gray copyEye = Photocopier.eye(copy, 300);
        double copyDiff = copyEye.meanWhere(mask300, false) - copyEye.meanWhere(mask300, true);
        double surviving = (1 - copy.meanWhere(mask300, false)) / Math.max(1e-6, 1 - eye.meanWhere(wordMask, false));
        // Legibility of the word: both the copy and the mask seen at reading distance (σ 0.5 mm), where
        // the cluster texture has merged into strokes.
        Gray reading = Filters.gaussian(copy, 0.5 / 25.4 * 300);
        float[] m = new float[mask300.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = mask300[i] ? 1 : 0;
        }
        Gray readingMask = Filters.gaussian(new Gray(copy.width(), copy.height(), m), 0.5 / 25.4 * 300);
        float[] ink = new float[m.length];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = 1 - reading.px()[i];
        }
        return new BackgroundFigures(eyeDiff, copyDiff, surviving, Filters.correlation(ink, readingMask.px()));
    }
}
