package jp.konbini.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pins the paper-security figures on a small grid (the full ≥ 200-trial grid is
 * {@code konbini tools paper-report}); a change that makes any of them worse than the target fails.
 */
class PaperFiguresRegressionTest {

    @Test
    void theFiguresMeetTheTargetsOfPaperSecurityMd() {
        PaperFigures f = new PaperTrials(2026).run(5, 30, i -> { });
        assertThat(f.decodedShare()).as("scramble decodes").isEqualTo(1.0);
        assertThat(f.worstMisplacedBlocks()).as("misplaced blocks").isLessThanOrEqualTo(0.005);
        assertThat(f.minSsim()).as("SSIM").isGreaterThanOrEqualTo(0.85);
        assertThat(f.sealValidShare()).as("seal verifies").isEqualTo(1.0);
        assertThat(f.swappedCodesRejected()).as("swapped codes rejected").isEqualTo(f.swappedCodes());
        assertThat(f.minLatentGenuine()).as("latent on genuine scans").isGreaterThanOrEqualTo(0.7);
        assertThat(f.maxLatentCopy()).as("latent on copies").isLessThanOrEqualTo(0.3);
        assertThat(f.latentEyeToneDifference()).as("latent eye tone").isLessThanOrEqualTo(0.02);
        assertThat(f.maxBackgroundEyeToneDifference()).as("background eye tone").isLessThanOrEqualTo(0.02);
        assertThat(f.minBackgroundCopyToneDifference()).as("background copy tone").isGreaterThanOrEqualTo(0.08);
        assertThat(f.maxBackgroundSurviving()).as("background surviving").isLessThanOrEqualTo(0.10);
        assertThat(f.minBackgroundCopyCorrelation()).as("複写 correlation").isGreaterThanOrEqualTo(0.6);
    }
}
