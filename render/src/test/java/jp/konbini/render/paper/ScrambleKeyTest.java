package jp.konbini.render.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScrambleKeyTest {

    private static final byte[] MASTER = new byte[32];

    @Test
    void theSameSerialAlwaysGivesTheSameScramble() {
        ScrambleKey.Scramble a = ScrambleKey.derive(MASTER, "R08-1", 1).scramble(2880);
        ScrambleKey.Scramble b = ScrambleKey.derive(MASTER, "R08-1", 1).scramble(2880);
        assertThat(a.position()).isEqualTo(b.position());
        assertThat(a.transform()).isEqualTo(b.transform());
    }

    @Test
    void eachCertificateHasItsOwnPermutation() {
        int[] a = ScrambleKey.derive(MASTER, "R08-1", 1).scramble(2880).position();
        int[] b = ScrambleKey.derive(MASTER, "R08-2", 1).scramble(2880).position();
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        assertThat(same).isLessThan(10);
    }

    @Test
    void thePermutationMovesEveryBlockToExactlyOnePlace() {
        int[] p = ScrambleKey.derive(MASTER, "R08-3", 1).scramble(2880).position().clone();
        Arrays.sort(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i]).isEqualTo(i);
        }
    }

    @Test
    void scramblingMakesTheFrontUnrecognisable() {
        Gray front = PaperFixtures.F.front();
        Gray scrambled = ScrambleImage.scramble(front, ScrambleKey.derive(MASTER, "R08-4", 1).scramble(ScrambleImage.blocks()));
        assertThat(ImageQuality.ssim(scrambled, front)).isLessThan(0.5);
    }
}
