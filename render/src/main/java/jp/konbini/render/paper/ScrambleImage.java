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
     * as {@link #frontOf(BufferedImage)}. Only bytes with ink are looked at (a certificate page is mostly
     * paper), each adding its inked bits to the one to four front columns it overlaps.
     */
    public static Gray frontOf(byte[] bits, int width, int height) {
        int stride = (width + 7) / 8;
        if (bits.length != stride * height) {
            throw new IllegalArgumentException("packed bits do not match " + width + "×" + height);
        }
        double s = Math.min((double) FRONT_W / width, (double) FRONT_H / height);
        int w = Math.max(1, Math.min(FRONT_W, (int) Math.round(width * s)));
        int h = Math.max(1, Math.min(FRONT_H, (int) Math.round(height * s)));
        // Front column c covers page columns [from[c], from[c + 1]).
        int[] from = new int[w + 1];
        for (int c = 0; c <= w; c++) {
            from[c] = (int) ((long) c * width / w);
        }
        if (width < 3 * w) {
            // at least three page pixels a front column, so a page byte overlaps at most four columns
            throw new IllegalArgumentException("a page of " + width + " pixels across is too small to be a certificate");
        }
        // For each page byte: the front columns it overlaps (at most four) and the bits of it each one covers.
        int[] firstColumn = new int[stride];
        int[] masks = new int[stride * 4];
        for (int byteAt = 0, c = 0; byteAt < stride; byteAt++) {
            int x0 = byteAt * 8;
            while (c < w - 1 && from[c + 1] <= x0) {
                c++;
            }
            firstColumn[byteAt] = c;
            for (int k = 0; k < 4 && c + k < w; k++) {
                int lo = Math.max(x0, from[c + k]);
                int hi = Math.min(x0 + 8, Math.min(width, from[c + k + 1]));
                int mask = 0;
                for (int x = lo; x < hi; x++) {
                    mask |= 0x80 >>> (x - x0);
                }
                masks[byteAt * 4 + k] = mask;
            }
        }
        Gray out = Gray.white(FRONT_W, FRONT_H);
        float[] px = out.px();
        int left = (FRONT_W - w) / 2;
        int topRow = (FRONT_H - h) / 2;
        int[] ink = new int[w + 4];
        for (int r = 0; r < h; r++) {
            int y0 = (int) ((long) r * height / h);
            int y1 = (int) ((long) (r + 1) * height / h);
            boolean any = false;
            for (int y = y0; y < y1; y++) {
                int row = y * stride;
                for (int byteAt = 0; byteAt < stride; byteAt++) {
                    int inked = ~bits[row + byteAt] & 0xff;
                    if (inked == 0) {
                        continue;
                    }
                    any = true;
                    int c = firstColumn[byteAt];
                    int m = byteAt * 4;
                    ink[c] += Integer.bitCount(inked & masks[m]);
                    ink[c + 1] += Integer.bitCount(inked & masks[m + 1]);
                    ink[c + 2] += Integer.bitCount(inked & masks[m + 2]);
                    ink[c + 3] += Integer.bitCount(inked & masks[m + 3]);
                }
            }
            if (!any) {
                continue;
            }
            int base = (topRow + r) * FRONT_W + left;
            for (int c = 0; c < w; c++) {
                if (ink[c] != 0) {
                    px[base + c] = 1f - (float) ink[c] / ((from[c + 1] - from[c]) * (y1 - y0));
                    ink[c] = 0;
                }
            }
        }
        return out;
    }

    /**
     * {@link #scramble} as the 8-bit grey samples of an image (0 = black), row by row: what the print data
     * carries. The front is quantised once, then moved a block row at a time.
     */
    public static byte[] scrambledSamples(Gray front, ScrambleKey.Scramble s) {
        float[] in = front.px();
        byte[] levels = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            int level = (int) (in[i] * 255f + 0.5f);
            levels[i] = (byte) (level < 0 ? 0 : level > 255 ? 255 : level);
        }
        byte[] out = new byte[FRONT_W * FRONT_H];
        for (int b = 0; b < COLS * ROWS; b++) {
            int bx = b % COLS;
            int by = b / COLS;
            int p = s.position()[b];
            int px = p % COLS;
            int py = p / COLS;
            int t = s.transform()[b];
            boolean mirror = (t & 1) != 0;
            int invert = (t & 4) != 0 ? 0xff : 0;
            for (int oy = 0; oy < BLOCK; oy++) {
                int src = (by * BLOCK + oy) * FRONT_W + bx * BLOCK;
                int ty = (t & 2) != 0 ? BLOCK - 1 - oy : oy;
                int dst = (py * BLOCK + ty) * FRONT_W + px * BLOCK;
                if (!mirror && invert == 0) {
                    System.arraycopy(levels, src, out, dst, BLOCK);
                } else {
                    for (int ox = 0; ox < BLOCK; ox++) {
                        out[dst + (mirror ? BLOCK - 1 - ox : ox)] = (byte) (levels[src + ox] ^ invert);
                    }
                }
            }
        }
        return out;
    }

    /** The inverse of {@link #scramble}: the front back from a scramble image read without distortion. */
    public static Gray unscramble(Gray scrambled, ScrambleKey.Scramble s) {
        return move(scrambled, s, false);
    }

    /** Scrambles a {@link #frontOf front}. */
    public static Gray scramble(Gray front, ScrambleKey.Scramble s) {
        return move(front, s, true);
    }

    /**
     * Moves every block between its place on the front and its place in the scramble image, turned and toned as
     * the key says: forwards (front to scramble) or back. Mirroring and inversion are their own inverses, so the
     * two directions differ only in which side is read.
     */
    private static Gray move(Gray in, ScrambleKey.Scramble s, boolean forwards) {
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
                    int frontX = bx * BLOCK + ox;
                    int frontY = by * BLOCK + oy;
                    int scrambledX = px * BLOCK + ((t & 1) != 0 ? BLOCK - 1 - ox : ox);
                    int scrambledY = py * BLOCK + ((t & 2) != 0 ? BLOCK - 1 - oy : oy);
                    float v = forwards ? in.get(frontX, frontY) : in.get(scrambledX, scrambledY);
                    v = (t & 4) != 0 ? 1f - v : v;
                    if (forwards) {
                        out.set(scrambledX, scrambledY, v);
                    } else {
                        out.set(frontX, frontY, v);
                    }
                }
            }
        }
        return out;
    }

    public static int blocks() {
        return COLS * ROWS;
    }
}
