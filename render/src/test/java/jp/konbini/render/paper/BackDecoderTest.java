package jp.konbini.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackDecoderTest {

    private static final PaperTrials.Fixture F = PaperFixtures.F;
    private static final ScanDistortion TYPICAL = new ScanDistortion(1.5, 1.01, 0.003, 0.8, 3.0 / 255, 80, 0.05, 0.95);

    @Test
    void aScanOfTheBackShowsTheFrontAsIssuedWithAValidSeal() {
        Gray scan = PrintScanSimulator.scan(PaperFixtures.panel("R08-052019-000001"), TYPICAL, 1);
        BackReading reading = F.decoder().read(scan, Optional.of("R08-052019-000001"));
        assertThat(reading).isInstanceOf(BackReading.Decoded.class);
        BackReading.Decoded d = (BackReading.Decoded) reading;
        assertThat(d.seal()).isInstanceOf(SealVerdict.Genuine.class);
        assertThat(ImageQuality.ssim(d.front(), F.front())).isGreaterThan(0.9);
        assertThat(ImageQuality.misplacedBlocks(d.front(), F.front())).isZero();
    }

    @Test
    void anUpsideDownScanIsTurnedAndDecoded() {
        ScanDistortion upsideDown = new ScanDistortion(181, 1, 0.002, 0.5, 2.0 / 255, 90, 0, 1);
        Gray scan = PrintScanSimulator.scan(PaperFixtures.panel("R08-052019-000002"), upsideDown, 2);
        BackReading reading = F.decoder().read(scan, Optional.empty());
        assertThat(reading).isInstanceOfSatisfying(BackReading.Decoded.class, d -> {
            assertThat(d.quarterTurns()).isEqualTo(2);
            assertThat(d.message()).contains("upside down");
        });
    }

    @Test
    void aScanWithPartOfTheBackCutOffSaysSo() {
        Gray scan = PrintScanSimulator.scan(PaperFixtures.panel("R08-052019-000003"), ScanDistortion.NONE, 3);
        Gray cut = scan.crop(0, 0, scan.width(), scan.height() / 2);
        assertThat(F.decoder().read(cut, Optional.empty())).isInstanceOf(BackReading.CutOff.class);
    }

    @Test
    void aPageWithoutMarkersSaysSo() {
        Gray blank = Gray.white(1200, 1600);
        BackReading reading = F.decoder().read(blank, Optional.empty());
        assertThat(reading).isInstanceOf(BackReading.NoMarkers.class);
        assertThat(reading.message()).contains("no corner markers");
    }

    @Test
    void aTinyImageIsRefusedBeforeAnyWork() {
        assertThat(F.decoder().read(Gray.white(200, 300), Optional.empty())).isInstanceOf(BackReading.TooSmall.class);
    }

    @Test
    void aCodeCopiedFromAnotherCertificateDoesNotMatchTheScrambleImage() {
        String serial = "R08-052019-000004";
        Gray panel = BackPanel.compose(F.front(), ScrambleKey.derive(F.master(), serial, 1),
                PaperFixtures.SIGNER.sign("R08-052019-999999", F.front()));
        Gray scan = PrintScanSimulator.scan(panel, TYPICAL, 4);
        assertThat(F.decoder().read(scan, Optional.empty())).isInstanceOf(BackReading.ScrambleMismatch.class);
    }

    @Test
    void theBackOfAnotherCertificateThanTheOneHeldIsNamed() {
        Gray scan = PrintScanSimulator.scan(PaperFixtures.panel("R08-052019-000005"), TYPICAL, 5);
        BackReading reading = F.decoder().read(scan, Optional.of("R08-052019-000006"));
        assertThat(reading).isEqualTo(new BackReading.OtherCertificate("R08-052019-000006", "R08-052019-000005"));
    }

    @Test
    void aCodeSignedByAnUnknownKeyIsRejectedAndSaysWhichKey() {
        Gray scan = PrintScanSimulator.scan(PaperFixtures.panel("R08-052019-000007"), TYPICAL, 7);
        BackDecoder stranger = PaperFixtures.decoderTrusting(
                new TrustedSealKey("052019", PaperFixtures.newSealKey().getPublic(), true));
        BackReading reading = stranger.read(scan, Optional.empty());
        assertThat(reading).isInstanceOfSatisfying(BackReading.SealRejected.class,
                r -> assertThat(r.seal()).isInstanceOf(SealVerdict.UnknownKey.class));
    }

    @Test
    void aCodeSignedByARetiredKeyDecodesButTheVerdictSaysOldKey() {
        Gray scan = PrintScanSimulator.scan(PaperFixtures.panel("R08-052019-000008"), TYPICAL, 8);
        BackDecoder retired = PaperFixtures.decoderTrusting(new TrustedSealKey("052019", F.sealKeys().getPublic(), false));
        assertThat(retired.read(scan, Optional.empty())).isInstanceOfSatisfying(BackReading.Decoded.class,
                d -> assertThat(d.seal()).isInstanceOf(SealVerdict.RetiredKey.class));
    }
}
