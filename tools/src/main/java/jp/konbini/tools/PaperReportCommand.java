package jp.konbini.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import jp.konbini.node.CommandLine;
import jp.konbini.render.paper.BackDecoder;
import jp.konbini.render.paper.BackLayout;
import jp.konbini.render.paper.BackPanel;
import jp.konbini.render.paper.BackReading;
import jp.konbini.render.paper.CopyEvidentBackground;
import jp.konbini.render.paper.Gray;
import jp.konbini.render.paper.LatentViewer;
import jp.konbini.render.paper.PaperFigures;
import jp.konbini.render.paper.PaperTrials;
import jp.konbini.render.paper.Photocopier;
import jp.konbini.render.paper.PrintScanSimulator;
import jp.konbini.render.paper.PrinterProfile;
import jp.konbini.render.paper.ScanDistortion;
import jp.konbini.render.paper.ScrambleKey;
import jp.konbini.render.paper.SealCode;
import jp.konbini.render.paper.SealSigner;

/**
 * {@code konbini tools paper-report}: runs the paper-security grid and writes the figures with a picture of
 * each feature on an original and on a copy.
 */
final class PaperReportCommand implements ToolsMain.Command {

    @Override
    public String usage() {
        return """
                usage: konbini tools paper-report [--trials N] [--out DIR] [--seed N]

                Runs the paper-security grid of paper-security.md: N simulated print-and-scans of the back
                (scramble decode, misplaced blocks, SSIM, seal, latent image) and N simulated photocopies
                (latent image, copy-evident background), and writes DIR/paper-report.md with PNGs.
                  --trials  trials of each kind (default 200, at least 200 for the report's claims)
                  --out     where to write (default docs)""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("trials", "out", "seed"), Set.of());
        int trials = PkiInitCommand.Numbers.parse(cl.get("trials"), 200, 1, 100_000, "--trials");
        long seed = PkiInitCommand.Numbers.parseLong(cl.get("seed"), 2026L, "--seed");
        Path dir = Path.of(cl.get("out").orElse("docs"));
        Files.createDirectories(dir);
        long start = System.nanoTime();
        PaperTrials grid = new PaperTrials(seed);
        ProgressBar bar = new ProgressBar(System.err, 2L * trials, "trials");
        PaperFigures f = grid.run(trials, trials, bar::update);
        bar.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        pictures(grid.fixture(), dir);
        String report = report(f, trials, seed, seconds);
        Files.writeString(dir.resolve("paper-report.md"), report, StandardCharsets.UTF_8);
        out.print(summary(f));
        out.printf("wrote %s (%.0f s)%n", dir.resolve("paper-report.md"), seconds);
        return 0;
    }

    static String summary(PaperFigures f) {
        return String.format("""
                scramble: %.1f%% decoded, misplaced blocks mean %.3f%% worst %.3f%%, SSIM mean %.3f min %.3f, seal %.1f%%, swapped codes rejected %d/%d
                latent: genuine mean %.3f min %.3f, copy max %.3f, eye tone difference %.4f
                background: eye tone difference max %.4f, copy difference min %.3f, surviving max %.2f%%, 複写 correlation min %.3f
                """, 100 * f.decodedShare(), 100 * f.meanMisplacedBlocks(), 100 * f.worstMisplacedBlocks(), f.meanSsim(),
                f.minSsim(), 100 * f.sealValidShare(), f.swappedCodesRejected(), f.swappedCodes(), f.meanLatentGenuine(),
                f.minLatentGenuine(), f.maxLatentCopy(), f.latentEyeToneDifference(), f.maxBackgroundEyeToneDifference(),
                f.minBackgroundCopyToneDifference(), 100 * f.maxBackgroundSurviving(), f.minBackgroundCopyCorrelation());
    }

    private static String row(String what, String target, String measured, boolean met) {
        return "| " + what + " | " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    static String report(PaperFigures f, int trials, long seed, double seconds) {
        StringBuilder s = new StringBuilder();
        s.append("# Paper security: measured figures\n\n");
        s.append("Written by `bin/konbini tools paper-report --trials ").append(trials).append(" --seed ").append(seed)
                .append("` on ").append(LocalDate.now()).append(String.format(" in %.0f s. ", seconds))
                .append("Targets from `paper-security.md`. Every trial is a deterministic simulation (see the model below).\n\n");
        s.append("| figure | target | measured | met |\n|---|---|---|---|\n");
        s.append(row("scramble decodes (" + f.scanTrials() + " scans)", "≥ 99%", pct(f.decodedShare()), f.decodedShare() >= 0.99));
        s.append(row("misplaced blocks (worst trial)", "≤ 0.5%", pct(f.worstMisplacedBlocks()) + " (mean " + pct(f.meanMisplacedBlocks()) + ")",
                f.worstMisplacedBlocks() <= 0.005));
        s.append(row("SSIM against the clean front (min)", "≥ 0.80", String.format("%.3f (mean %.3f)", f.minSsim(), f.meanSsim()), f.minSsim() >= 0.8));
        s.append(row("signed code verifies", "100%", pct(f.sealValidShare()), f.sealValidShare() == 1.0));
        s.append(row("code from another certificate rejected", "100%", f.swappedCodesRejected() + "/" + f.swappedCodes(),
                f.swappedCodesRejected() == f.swappedCodes()));
        s.append(row("latent correlation, genuine scans (min)", "≥ 0.7", String.format("%.3f (mean %.3f)", f.minLatentGenuine(), f.meanLatentGenuine()),
                f.minLatentGenuine() >= 0.7));
        s.append(row("latent correlation, copies (" + f.copyTrials() + ", max)", "≤ 0.3", String.format("%.3f", f.maxLatentCopy()), f.maxLatentCopy() <= 0.3));
        s.append(row("latent eye tone difference", "≤ 0.02", String.format("%.4f", f.latentEyeToneDifference()), f.latentEyeToneDifference() <= 0.02));
        s.append(row("複写 eye tone difference (max)", "≤ 0.02", String.format("%.4f", f.maxBackgroundEyeToneDifference()),
                f.maxBackgroundEyeToneDifference() <= 0.02));
        s.append(row("複写 copy tone difference (min)", "≥ 0.08", String.format("%.3f", f.minBackgroundCopyToneDifference()),
                f.minBackgroundCopyToneDifference() >= 0.08));
        s.append(row("background surviving a copy (max)", "≤ 10%", pct(f.maxBackgroundSurviving()), f.maxBackgroundSurviving() <= 0.10));
        s.append(row("correlation of the copy with 複写 (min)", "≥ 0.6", String.format("%.3f", f.minBackgroundCopyCorrelation()),
                f.minBackgroundCopyCorrelation() >= 0.6));
        s.append("""

                ## Pictures (original | copy)

                | feature | original | copy or scan |
                |---|---|---|
                | copy-evident background (eye view / photocopy, 60 × 30 mm) | ![](paper/background-original.png) | ![](paper/background-copy.png) |
                | scramble panel / simulated scan | ![](paper/panel.png) | ![](paper/panel-scan.png) |
                | decoded front from the scan | ![](paper/front-issued.png) | ![](paper/front-decoded.png) |
                | latent image as printed / photocopied | ![](paper/latent-original.png) | ![](paper/latent-copy.png) |
                | software viewer on each | ![](paper/latent-original-viewer.png) | ![](paper/latent-copy-viewer.png) |
                | signed code / its photocopy | ![](paper/code-original.png) | ![](paper/code-copy.png) |

                A photocopied code still verifies: the seal proves the content, not the paper; the copy-evident
                background and the latent image are what show a copy.

                ## The model

                - Scans: the back's panel (300 dpi) printed with a 0.4 px blur, laid on the scanner turned ±3°, scaled
                  0.97–1.03, each corner moved up to 0.5% of the diagonal, Gaussian blur σ 0–1.2 px, noise σ ≤ 6/255,
                  brightness and contrast ±15% (clipped to paper white), JPEG quality 60–95; one point drawn per trial.
                - Decode success: the markers, orientation and code are found, the seal verifies and at most 0.5% of
                  blocks are misplaced (mean absolute error > 0.2 against the issued front).
                - Copies: the printer's dot gain σ 0.3–0.9 px (600 dpi, lone dots grow 40%), copier optics σ 1.5 px
                  (600 dpi), resampled to 300 dpi, noise σ 0.02, threshold (luminance below which the copy is black)
                  0.25–0.5; the grid cycles through all 30 (σ, threshold) pairs.
                - Eye view: Gaussian σ 0.1 mm. The 複写 correlation is measured at reading distance (σ 0.5 mm) where
                  the cluster texture merges into strokes. The latent correlation on copies is measured with perfect
                  registration (the forger's best case).
                - Known limits: the latent image's lines are light grey (luminance 0.72); a copier in photo mode (no
                  threshold) would keep them, as it keeps the clusters of 複写. The real kiosks use IR ink for that.
                """);
        return s.toString();
    }

    private static String pct(double share) {
        return String.format("%.2f%%", 100 * share);
    }

    /** The pictures of each feature on an original and on a copy. */
    static void pictures(PaperTrials.Fixture f, Path dir) throws IOException {
        Path pics = dir.resolve("paper");
        Files.createDirectories(pics);
        PrinterProfile profile = PrinterProfile.OFFICE_LASER;
        Photocopier copier = new Photocopier(profile, PaperTrials.COPIER_OPTICS_SIGMA, PaperTrials.COPIER_NOISE, 0.5);
        CopyEvidentBackground design = CopyEvidentBackground.compensatedFor(profile);
        Gray ideal = design.raster(PaperTrials.PATCH_W, PaperTrials.PATCH_H, f.wordMask());
        png(Photocopier.eye(profile.print(ideal), 600).downsample(2), pics.resolve("background-original.png"));
        png(copier.copy(ideal, 1), pics.resolve("background-copy.png"));

        String serial = "R08-052019-000001";
        SealSigner signer = new SealSigner(f.sealKeys());
        byte[] seal = signer.sign(serial, f.front());
        Gray panel = BackPanel.compose(f.front(), ScrambleKey.derive(f.master(), serial, 1), seal);
        png(panel.downsample(4), pics.resolve("panel.png"));
        Gray scan = PrintScanSimulator.scan(panel, ScanDistortion.draw(new SplittableRandom(5)), 5);
        png(scan.downsample(4), pics.resolve("panel-scan.png"));
        png(f.front(), pics.resolve("front-issued.png"));
        if (f.decoder().read(scan, Optional.of(serial)) instanceof BackReading.Decoded d) {
            png(d.front(), pics.resolve("front-decoded.png"));
        }
        Gray latentCopy = copier.copy(Photocopier.upsample2(f.latentScreen()), 2);
        png(f.latentScreen(), pics.resolve("latent-original.png"));
        png(latentCopy, pics.resolve("latent-copy.png"));
        if (BackDecoder.locate(scan) instanceof BackDecoder.Locate.Found found) {
            Gray scanned = found.location().rectify(scan, BackLayout.LATENT_X, BackLayout.ROW_Y, BackLayout.ROW_SIZE, BackLayout.ROW_SIZE);
            png(LatentViewer.reveal(scanned), pics.resolve("latent-original-viewer.png"));
        }
        png(LatentViewer.reveal(latentCopy), pics.resolve("latent-copy-viewer.png"));
        Gray code = SealCode.draw(seal, BackLayout.ROW_SIZE);
        png(code.downsample(2), pics.resolve("code-original.png"));
        png(copier.copy(Photocopier.upsample2(code), 3).downsample(2), pics.resolve("code-copy.png"));
    }

    private static void png(Gray g, Path file) throws IOException {
        Files.write(file, g.png());
    }
}
