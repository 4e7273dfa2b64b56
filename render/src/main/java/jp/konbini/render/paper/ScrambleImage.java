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

    /**
     * A page image (packed bits, 0 = ink, as {@link jp.konbini.render.PageImage} holds them) reduced to the
     * scrambled size: each front pixel is the share of paper in its box of page pixels, the same area average
     * as {@link #frontOf(BufferedImage)}, counted sixteen page pixels at a time and skipping blank rows, so a
     * 300 dpi page costs about a millisecond.
     */
    public static Gray frontOf(byte[] bits, int width, int height) {
        int stride = (width + 7) / 8;
        if (bits.length != stride * height) {
            throw new IllegalArgumentException("packed bits do not match " + width + "×" + height);
        }
        double s = Math.min((double) FRONT_W / width, (double) FRONT_H / height);
        int w = Math.max(1, Math.min(FRONT_W, (int) Math.round(width * s)));
        int h = Math.max(1, Math.min(FRONT_H, (int) Math.round(height * s)));
        // Output column c covers page columns [from[c], from[c + 1]): at most 16 bits from byte at[c] on.
        int[] from = new int[w + 1];
        for (int c = 0; c <= w; c++) {
            from[c] = (int) ((long) c * width / w);
        }
        int[] at = new int[w];
        int[] mask = new int[w];
        for (int c = 0; c < w; c++) {
            at[c] = from[c] >> 3;
            int first = from[c] - at[c] * 8;
            int span = from[c + 1] - from[c];
            if (first + span > 16) {
                throw new IllegalArgumentException("a page of " + width + " pixels is too wide to reduce");
            }
            mask[c] = ((1 << span) - 1) << (16 - first - span);
        }
        Gray out = Gray.white(FRONT_W, FRONT_H);
        float[] px = out.px();
        int left = (FRONT_W - w) / 2;
        int topRow = (FRONT_H - h) / 2;
        int[] ink = new int[w];
        for (int r = 0; r < h; r++) {
            int y0 = (int) ((long) r * height / h);
            int y1 = (int) ((long) (r + 1) * height / h);
            java.util.Arrays.fill(ink, 0);
            boolean any = false;
            for (int y = y0; y < y1; y++) {
                int row = y * stride;
                if (blank(bits, row, stride)) {
                    continue;
                }
                any = true;
                for (int c = 0; c < w; c++) {
                    int i = row + at[c];
                    int word = (bits[i] & 0xff) << 8 | (at[c] + 1 < stride ? bits[i + 1] & 0xff : 0xff);
                    ink[c] += Integer.bitCount(~word & mask[c]);
                }
            }
            if (!any) {
                continue;
            }
            int base = (topRow + r) * FRONT_W + left;
            for (int c = 0; c < w; c++) {
                px[base + c] = 1f - (float) ink[c] / ((from[c + 1] - from[c]) * (y1 - y0));
            }
        }
        return out;
    }

    private static boolean blank(byte[] bits, int row, int stride) {
        for (int i = row; i < row + stride; i++) {
            if (bits[i] != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #scramble} as the 8-bit grey samples of an image (0 = black), row by row: what the print data
     * carries, without a float raster in between.
     */
    public static byte[] scrambledSamples(Gray front, ScrambleKey.Scramble s) {
        byte[] out = new byte[FRONT_W * FRONT_H];
        float[] in = front.px();
        for (int b = 0; b < COLS * ROWS; b++) {
            int bx = b % COLS;
            int by = b / COLS;
            int p = s.position()[b];
            int px = p % COLS;
            int py = p / COLS;
            int t = s.transform()[b];
            for (int oy = 0; oy < BLOCK; oy++) {
                int src = (by * BLOCK + oy) * FRONT_W + bx * BLOCK;
                int ty = (t & 2) != 0 ? BLOCK - 1 - oy : oy;
                int dst = (py * BLOCK + ty) * FRONT_W + px * BLOCK;
                for (int ox = 0; ox < BLOCK; ox++) {
                    float v = Math.max(0f, Math.min(1f, in[src + ox]));
                    int tx = (t & 1) != 0 ? BLOCK - 1 - ox : ox;
                    int level = Math.round(((t & 4) != 0 ? 1f - v : v) * 255f);
                    out[dst + tx] = (byte) level;
                }
            }
        }
        return out;
    }

    /** The inverse of {@link #scramble}: the front back from a scramble image read without distortion. */
    public static Gray unscramble(Gray scrambled, ScrambleKey.Scramble s) {
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
                    int tx = (t & 1) != 0 ? BLOCK - 1 - ox : ox;
                    int ty = (t & 2) != 0 ? BLOCK - 1 - oy : oy;
                    float v = scrambled.get(px * BLOCK + tx, py * BLOCK + ty);
                    out.set(bx * BLOCK + ox, by * BLOCK + oy, (t & 4) != 0 ? 1f - v : v);
                }
            }
        }
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
