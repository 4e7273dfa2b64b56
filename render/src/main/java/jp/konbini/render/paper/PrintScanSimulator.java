package jp.konbini.render.paper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a page (300 dpi) into a deterministic "scan": the sheet printed with a little dot gain, laid on
 * the scanner bed turned, scaled and in perspective, then blurred, noisy, re-levelled and JPEG-compressed.
 * The same page, distortion and seed always give the same scan.
 */
public final class PrintScanSimulator {

    /** Blank scanner bed around the sheet, as a fraction of the sheet's size. */
    static final double BED_MARGIN = 0.06;

    private PrintScanSimulator() {
    }

    public static Gray scan(Gray page, ScanDistortion d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Gray printed = Filters.gaussian(page, 0.4);
        int w = page.width();
        int h = page.height();
        int bw = (int) Math.round(w * (1 + 2 * BED_MARGIN) * d.scale());
        int bh = (int) Math.round(h * (1 + 2 * BED_MARGIN) * d.scale());
        if (Math.abs(Math.abs(d.rotationDegrees()) - 90) < 45) {
            int t = bw;
            bw = bh;
            bh = t;
        }
        double diag = Math.hypot(w, h) * d.scale();
        double[] src = {0, 0, w, 0, w, h, 0, h};
        double[] dst = new double[8];
        double a = Math.toRadians(d.rotationDegrees());
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        for (int i = 0; i < 4; i++) {
            double x = (src[2 * i] - w / 2.0) * d.scale();
            double y = (src[2 * i + 1] - h / 2.0) * d.scale();
            dst[2 * i] = bw / 2.0 + x * cos - y * sin + random.nextDouble(-1, 1) * d.cornerJitter() * diag;
            dst[2 * i + 1] = bh / 2.0 + x * sin + y * cos + random.nextDouble(-1, 1) * d.cornerJitter() * diag;
        }
        Homography bedToPage = Homography.fromPoints(dst, src);
        Gray scan = bedToPage.warp(printed, bw, bh);
        scan = Filters.gaussian(scan, d.blurSigma());
        float[] px = scan.px();
        for (int i = 0; i < px.length; i++) {
            double v = (px[i] - 0.5) * d.contrast() + 0.5 + d.brightness() + random.nextGaussian() * d.noiseSigma();
            px[i] = (float) Math.max(0, Math.min(1, v));
        }
        return d.jpegQuality() > 0 ? jpeg(scan, d.jpegQuality()) : scan;
    }

    /** JPEG round trip at the given quality. */
    public static Gray jpeg(Gray image, int quality) {
        return Gray.of(decode(encodeJpeg(image.toImage(), quality)));
    }

    public static byte[] encodeJpeg(BufferedImage image, int quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
