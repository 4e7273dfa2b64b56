package jp.konbini.render.paper;

/** A grey raster as PDF's 1-bit grey samples: packed bits, most significant first, 0 = ink (darker than mid-grey). */
final class Bilevel {

    private Bilevel() {
    }

    static byte[] pack(Gray g) {
        int stride = (g.width() + 7) / 8;
        byte[] out = new byte[stride * g.height()];
        float[] px = g.px();
        for (int y = 0; y < g.height(); y++) {
            int row = y * g.width();
            for (int x = 0; x < g.width(); x++) {
                if (px[row + x] >= 0.5f) {
                    out[y * stride + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        return out;
    }

    /** The inverse of {@link #pack}: paper 1, ink 0. */
    static Gray unpack(byte[] bits, int width, int height) {
        int stride = (width + 7) / 8;
        if (bits.length != stride * height) {
            throw new IllegalArgumentException("packed bits do not match " + width + "×" + height);
        }
        float[] px = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                px[y * width + x] = (bits[y * stride + (x >> 3)] & (0x80 >>> (x & 7))) != 0 ? 1f : 0f;
            }
        }
        return new Gray(width, height, px);
    }
}
