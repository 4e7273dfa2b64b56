package jp.konbini.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SealImpressionTest {
    @Test
    void drawsARedRoundSealWithTheName() throws IOException {
        SealImpression seals = new SealImpression(JapaneseFont.locate(Optional.empty()));
        byte[] png = seals.png("佐藤");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(SealImpression.SIZE);
        // the ring is red at the top centre; the corner is transparent
        int ring = image.getRGB(SealImpression.SIZE / 2, 6);
        assertThat((ring >> 16) & 0xff).isGreaterThan(150);
        assertThat(ring & 0xff).isLessThan(100);
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        // two different names give two different images
        assertThat(seals.png("高橋")).isNotEqualTo(png);
    }
}
