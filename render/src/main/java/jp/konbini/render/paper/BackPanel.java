package jp.konbini.render.paper;

import static jp.konbini.render.paper.BackLayout.*;

/**
 * Composes the back's security panel (300 dpi): finder markers, the orientation strip, the scrambled
 * front, the latent image and the signed code. A pure function of (front, key, seal).
 */
public final class BackPanel {

    private BackPanel() {
    }

    public static Gray compose(Gray front, ScrambleKey key, byte[] seal) {
        Gray panel = base();
        Gray scrambled = ScrambleImage.scramble(front, key.scramble(ScrambleImage.blocks()));
        for (int y = 0; y < FRONT_H * SCALE; y++) {
            for (int x = 0; x < FRONT_W * SCALE; x++) {
                panel.set(SCRAMBLE_X + x, SCRAMBLE_Y + y, scrambled.get(x / SCALE, y / SCALE));
            }
        }
        panel.paste(SealCode.draw(seal, ROW_SIZE), CODE_X, ROW_Y);
        return panel;
    }

    /**
     * What every back has in common: the finder markers, the orientation strip and the latent image, on white
     * where the scramble image and the code go. The print data draws it once per document and the two
     * per-sheet parts over it.
     */
    public static Gray base() {
        Gray panel = Gray.white(WIDTH, HEIGHT);
        double[] c = markerCentres();
        for (int i = 0; i < 4; i++) {
            drawMarker(panel, (int) Math.round(c[2 * i] - MARKER / 2.0), (int) Math.round(c[2 * i + 1] - MARKER / 2.0));
        }
        for (int i = 0; i < STRIP_MODULES; i++) {
            if (stripBit(i)) {
                fill(panel, STRIP_X + i * STRIP_MODULE_W, STRIP_Y, STRIP_MODULE_W, STRIP_MODULE_H, 0f);
            }
        }
        panel.paste(LatentImage.screen(ROW_SIZE, LatentImage.mask(ROW_SIZE)), LATENT_X, ROW_Y);
        return panel;
    }

    static void drawMarker(Gray g, int x, int y) {
        fill(g, x, y, MARKER, MARKER, 0f);
        fill(g, x + UNIT, y + UNIT, 5 * UNIT, 5 * UNIT, 1f);
        fill(g, x + 2 * UNIT, y + 2 * UNIT, 3 * UNIT, 3 * UNIT, 0f);
    }

    static void fill(Gray g, int x, int y, int w, int h, float v) {
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                g.set(xx, yy, v);
            }
        }
    }
}
