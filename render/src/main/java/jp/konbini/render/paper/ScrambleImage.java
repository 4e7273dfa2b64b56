package jp.konbini.render.paper;

import static jp.konbini.render.paper.BackLayout.BLOCK;
import static jp.konbini.render.paper.BackLayout.COLS;
import static jp.konbini.render.paper.BackLayout.FRONT_H;
import static jp.konbini.render.paper.BackLayout.FRONT_W;
import static jp.konbini.render.paper.BackLayout.ROWS;

import java.awt.image.BufferedImage;

/**
 * スクランブル画像: the front, cut into 16-pixel blocks that are moved by the key's permutation and each
 * mirrored and tone-inverted as the key says (block shuffling plus inversion, as in US20100091337 and
 * US8306221).
 */
public final class ScrambleImage {

    private ScrambleImage() {
    }

    /** The front page image reduced to the scrambled size, grey, on white, keeping its proportions. */
    public static Gray frontOf(BufferedImage page) {
        Gray g = Gray.of(page);
        double s = Math.min((double) FRONT_W / g.width(), (double) FRONT_H / g.height());
        int w = Math.max(1, Math.min(FRONT_W, (int) Math.round(g.width() * s)));
        int h = Math.max(1, Math.min(FRONT_H, (int) Math.round(g.height() * s)));
        Gray scaled = g.resize(w, h);
        Gray out = Gray.white(FRONT_W, FRONT_H);
        out.paste(scaled, (FRONT_W - w) / 2, (FRONT_H - h) / 2);
        return out;
    }

    /** Scrambles a {@link #frontOf front}. */
    public static Gray scramble(Gray front, ScrambleKey.Scramble s) {
        Gray out = Gray.white(FRONT_W, FRONT_H);
        for (int b = 0; b < COLS * ROWS; b++) {
            int bx = b % COLS;
            int by = b / COLS;
            int p = s.position()[b];
            int px = p % COLS;
            int py = p / COLS;
            int t = s.transform()[b];
            for (int oy = 0; oy < BLOCK; oy++) {
                for (int ox = 0; ox < BLOCK; ox++) {
                    float v = front.get(bx * BLOCK + ox, by * BLOCK + oy);
                    int tx = (t & 1) != 0 ? BLOCK - 1 - ox : ox;
                    int ty = (t & 2) != 0 ? BLOCK - 1 - oy : oy;
                    out.set(px * BLOCK + tx, py * BLOCK + ty, (t & 4) != 0 ? 1f - v : v);
                }
            }
        }
        return out;
    }

    public static int blocks() {
        return COLS * ROWS;
    }
}
