package jp.konbini.render.paper;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A grey-scale raster, luminance 0 (black ink) to 1 (white paper), row-major. Every paper-security
 * generator, detector and simulator works on this one type so that each is a pure function.
 */
public record Gray(int width, int height, float[] px) {

    public Gray {
        if (width <= 0 || height <= 0 || px.length != width * height) {
            throw new IllegalArgumentException("raster size " + width + "x" + height + " does not match its pixels");
        }
    }

    /** A white raster. */
    public static Gray white(int width, int height) {
        float[] px = new float[width * height];
        java.util.Arrays.fill(px, 1f);
        return new Gray(width, height, px);
    }

    public float get(int x, int y) {
        return px[y * width + x];
    }

    public void set(int x, int y, float v) {
        px[y * width + x] = v;
    }

    /** Bilinear sample at continuous coordinates (pixel i covers [i, i+1)); outside the raster is white. */
    public float sample(double x, double y) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        float ax = (float) (fx - x0);
        float ay = (float) (fy - y0);
        float p00 = at(x0, y0);
        float p10 = at(x0 + 1, y0);
        float p01 = at(x0, y0 + 1);
        float p11 = at(x0 + 1, y0 + 1);
        return (p00 * (1 - ax) + p10 * ax) * (1 - ay) + (p01 * (1 - ax) + p11 * ax) * ay;
    }

    private float at(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 1f;
        }
        return px[y * width + x];
    }

    public Gray copy() {
        return new Gray(width, height, px.clone());
    }

    /** The rectangle {@code [x, x+w) × [y, y+h)}; it must lie inside. */
    public Gray crop(int x, int y, int w, int h) {
        float[] out = new float[w * h];
        for (int r = 0; r < h; r++) {
            System.arraycopy(px, (y + r) * width + x, out, r * w, w);
        }
        return new Gray(w, h, out);
    }

    /** Pastes {@code src} with its top-left corner at (x, y). */
    public void paste(Gray src, int x, int y) {
        for (int r = 0; r < src.height; r++) {
            System.arraycopy(src.px, r * src.width, px, (y + r) * width + x, src.width);
        }
    }

    /** Area-average down-scaling by an integer factor (what a sensor of coarser pixels sees). */
    public Gray downsample(int factor) {
        int w = width / factor;
        int h = height / factor;
        float[] out = new float[w * h];
        float norm = 1f / (factor * factor);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * width + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        s += px[row + dx];
                    }
                }
                out[y * w + x] = s * norm;
            }
        }
        return new Gray(w, h, out);
    }

    /** Resizes to {@code w × h} by area averaging over the source (for reductions) or bilinear (for enlargements). */
    public Gray resize(int w, int h) {
        float[] out = new float[w * h];
        double sx = (double) width / w;
        double sy = (double) height / h;
        if (sx <= 1 && sy <= 1) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = sample((x + 0.5) * sx, (y + 0.5) * sy);
                }
            }
            return new Gray(w, h, out);
        }
        for (int y = 0; y < h; y++) {
            int y0 = (int) Math.floor(y * sy);
            int y1 = Math.max(y0 + 1, (int) Math.floor((y + 1) * sy));
            for (int x = 0; x < w; x++) {
                int x0 = (int) Math.floor(x * sx);
                int x1 = Math.max(x0 + 1, (int) Math.floor((x + 1) * sx));
                float s = 0;
                for (int yy = y0; yy < Math.min(y1, height); yy++) {
                    for (int xx = x0; xx < Math.min(x1, width); xx++) {
                        s += px[yy * width + xx];
                    }
                }
                out[y * w + x] = s / ((Math.min(y1, height) - y0) * (Math.min(x1, width) - x0));
            }
        }
        return new Gray(w, h, out);
    }

    /** Mean luminance over the pixels where {@code mask} is set. */
    public double meanWhere(boolean[] mask, boolean value) {
        double s = 0;
        long n = 0;
        for (int i = 0; i < px.length; i++) {
            if (mask[i] == value) {
                s += px[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    public static Gray of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] px = new float[w * h];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < px.length; i++) {
                px[i] = (data[i] & 0xff) / 255f;
            }
            return new Gray(w, h, px);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                px[y * w + x] = (0.299f * r + 0.587f * g + 0.114f * b) / 255f;
            }
        }
        return new Gray(w, h, px);
    }

    /** The raster as an 8-bit grey PNG. */
    public byte[] png() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            // in memory: ImageIO's default would cache the stream in a temporary file
            try (javax.imageio.stream.MemoryCacheImageOutputStream stream =
                         new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
                javax.imageio.ImageIO.write(toImage(), "png", stream);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            data[i] = (byte) Math.round(Math.max(0f, Math.min(1f, px[i])) * 255f);
        }
        return image;
    }
}
