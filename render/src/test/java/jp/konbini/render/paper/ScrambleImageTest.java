package jp.konbini.render.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.konbini.render.PageImage;
import org.junit.jupiter.api.Test;

class ScrambleImageTest {
    private static final PageImage PAGE = SpecimenFront.pageImage("架空　花子");

    @Test
    void aPageImageIsReducedByTheSameAreaAverageAsARaster() throws Exception {
        byte[] bits = PAGE.bits();
        Gray fast = ScrambleImage.frontOf(bits, PAGE.width(), PAGE.height());
        Gray page = Bilevel.unpack(bits, PAGE.width(), PAGE.height());
        int w = BackLayout.FRONT_W;
        int h = (int) Math.round(PAGE.height() * ((double) w / PAGE.width()));
        Gray slow = page.resize(w, h);
        int top = (BackLayout.FRONT_H - h) / 2;
        double worst = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                worst = Math.max(worst, Math.abs(fast.get(x, top + y) - slow.get(x, y)));
            }
        }
        assertThat(worst).isLessThan(1e-5);
    }

    @Test
    void scrambledSamplesAreTheScrambleAsAnImage() {
        Gray front = ScrambleImage.frontOf(bitsOf(PAGE), PAGE.width(), PAGE.height());
        ScrambleKey.Scramble s = ScrambleKey.derive(new byte[32], "R08-1", 1).scramble(ScrambleImage.blocks());
        byte[] samples = ScrambleImage.scrambledSamples(front, s);
        Gray scrambled = ScrambleImage.scramble(front, s);
        for (int i = 0; i < samples.length; i++) {
            assertThat(Math.abs((samples[i] & 0xff) - scrambled.px()[i] * 255f)).isLessThanOrEqualTo(1f);
        }
    }

    @Test
    void aPageTooSmallToBeACertificateIsRefused() {
        assertThatThrownBy(() -> ScrambleImage.frontOf(new byte[100 * 10], 800, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bitsOf(PageImage page) {
        try {
            return page.bits();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
